import { cloneElement, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { ShowWhen } from './show-when';

/**
 * `node` with every content component already called: the same tree as React would render, made
 * only of host elements (`div`, `svg`, text…), fragments and `ShowWhen` gates. Rendered content
 * is cached per published version (renderScenario), so calling the components once here means a
 * page render only serialises elements; before, React called every component of every scene,
 * label, feedback and debrief again on each request (~165 calls, ~4 ms a scenario; issue 19).
 *
 * Only for content components, which take props and use no hooks or request data (content.tsx).
 * Left as they are: `ShowWhen`, whose condition the browser decides (a client reference on the
 * server, a hook-using component elsewhere), any other client reference, and element types that
 * are not plain functions (memo, lazy), which React renders as before.
 */
export function expandContent(node: ReactNode): ReactNode {
  if (Array.isArray(node)) return node.map(expandContent);
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<{ children?: ReactNode }>;
  const { type } = element;
  if (typeof type === 'function' && type !== ShowWhen && !isClientReference(type)) {
    const rendered = expandContent((type as (props: unknown) => ReactNode)(element.props));
    // The component's own key stays on what it rendered, so lists keep their identity.
    return element.key === null ? rendered : createElement(Fragment, { key: element.key }, rendered);
  }
  if (typeof type === 'function' || typeof type === 'string' || type === Fragment) {
    const { children } = element.props;
    return children === undefined ? element : cloneElement(element, { children: expandContent(children) });
  }
  return element;
}

/** A component from a `'use client'` module as the server sees it: a reference, not its code. */
function isClientReference(type: object): boolean {
  return (type as { $$typeof?: symbol }).$$typeof === Symbol.for('react.client.reference');
}
