import { cloneElement, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { RenderedScenario } from '@/components/scenario/render-scenario';

/**
 * A scenario's rendered content with every part that React has nothing left to decide sent as
 * HTML text: each host element whose whole subtree is plain host elements and text keeps its own
 * tag and props, and carries its subtree as `dangerouslySetInnerHTML`. Only the few outermost
 * elements of each scene, label, feedback and debrief, and the `ShowWhen` gates the browser
 * decides (and the path to them), stay React elements.
 *
 * Why: a scenario page sent every scene's, choice's and ending's content as thousands of React
 * elements, which React serialised into the page's Flight payload on every request and the
 * browser rebuilt (117 kB a page, the largest share of the page's server CPU; issue 19). The same
 * content as one string per subtree is what React writes into the HTML anyway, costs the server a
 * string copy instead of a walk of every element, and makes the same DOM (same tags, attributes
 * and text, checked against React's own markup for the whole library in static-content.test.ts).
 *
 * Safe because the text is the app's own rendering of a compiled definition, escaped here exactly
 * as React escapes it; an element with anything this does not know how to write as React would
 * (an event handler, a `ref`, an unknown attribute, a boolean attribute, a `javascript:` URL…) is
 * left to React. The result is cached per `RenderedScenario` object, which is itself cached per
 * immutable published version (renderScenario).
 */
export function staticContent(content: RenderedScenario): RenderedScenario {
  const cached = staticByContent.get(content);
  if (cached) return cached;
  const convert = (pieces: Record<string, ReactNode>) => Object.fromEntries(Object.entries(pieces).map(([id, piece]) => [id, toStatic(piece)]));
  const converted: RenderedScenario = {
    scenes: convert(content.scenes),
    prompts: convert(content.prompts),
    labels: convert(content.labels),
    feedback: convert(content.feedback),
    endings: convert(content.endings),
  };
  staticByContent.set(content, converted);
  return converted;
}

const staticByContent = new WeakMap<RenderedScenario, RenderedScenario>();

/**
 * How many elements deep this module writes or walks; below that, content is left to React, which
 * copes with any depth. Content is a few levels deep; the limit keeps this module's recursion from
 * overflowing the stack on content nested thousands deep, which would fail the page (a 500).
 */
const DEEPEST_ELEMENT = 200;

/** Element types this module never writes itself: their text is not escaped as other text is, or React moves them (`title`, `meta`). */
const LEFT_TO_REACT = new Set(['script', 'style', 'title', 'meta', 'link', 'base', 'textarea', 'noscript', 'iframe', 'plaintext', 'xmp', 'noembed', 'noframes', 'template']);

/** `node` with every convertible subtree below a host element turned into that element's inner HTML. */
function toStatic(node: ReactNode, depth = 0): ReactNode {
  if (Array.isArray(node)) return node.map((child: ReactNode) => toStatic(child, depth));
  if (!isValidElement(node) || depth > DEEPEST_ELEMENT) return node;
  const element = node as ReactElement<{ children?: ReactNode }>;
  const { children, ...props } = element.props;
  if (children === undefined || children === null) return element;
  if (typeof element.type === 'string' && !VOID_ELEMENTS.has(element.type)) {
    const html = LEFT_TO_REACT.has(element.type) ? undefined : htmlOf(children, depth + 1);
    if (html !== undefined) return createElement(element.type, { ...props, key: element.key, dangerouslySetInnerHTML: { __html: html } });
  }
  return cloneElement(element, { children: toStatic(children, depth + 1) });
}

/** The HTML React would write for `node`, or undefined when it holds anything but host elements and text this module can write. */
function htmlOf(node: ReactNode, depth: number): string | undefined {
  if (depth > DEEPEST_ELEMENT) return undefined;
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) {
    let html = '';
    for (const child of node as ReactNode[]) {
      const part = htmlOf(child, depth);
      if (part === undefined) return undefined;
      html += part;
    }
    return html;
  }
  if (!isValidElement(node)) return undefined;
  const element = node as ReactElement<{ children?: ReactNode }>;
  const { children, ...props } = element.props;
  if (element.type === Fragment) return htmlOf(children, depth + 1);
  if (typeof element.type !== 'string' || LEFT_TO_REACT.has(element.type)) return undefined;
  const attributes = attributesOf(props);
  if (attributes === undefined) return undefined;
  if (VOID_ELEMENTS.has(element.type)) return children === undefined ? `<${element.type}${attributes}/>` : undefined;
  const inner = htmlOf(children, depth + 1);
  return inner === undefined ? undefined : `<${element.type}${attributes}>${inner}</${element.type}>`;
}

/** React's names for the camelCase props content uses, as written in HTML and SVG. */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  className: 'class',
  htmlFor: 'for',
  dateTime: 'dateTime',
  viewBox: 'viewBox',
  preserveAspectRatio: 'preserveAspectRatio',
  strokeWidth: 'stroke-width',
  strokeLinecap: 'stroke-linecap',
  strokeLinejoin: 'stroke-linejoin',
  fillRule: 'fill-rule',
  clipRule: 'clip-rule',
};

/**
 * Attributes written under their own name: those content uses, and nothing that runs or loads
 * anything by itself (no `on…` handlers, `srcdoc`, `formaction`). Any other prop leaves its element to React.
 */
const PLAIN_ATTRIBUTES = new Set(['role', 'id', 'title', 'lang', 'dir', 'href', 'target', 'rel', 'fill', 'stroke', 'focusable', 'x', 'y', 'width', 'height', 'rx', 'ry', 'r', 'cx', 'cy', 'd', 'transform', 'points', 'opacity']);

/** Elements React writes as `<tag/>` and that take no children. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Props written as URLs (of PLAIN_ATTRIBUTES), which React refuses to write as `javascript:`. */
const URL_ATTRIBUTES = new Set(['href']);

/**
 * The attributes of `props` as React writes them (` name="value"`, in prop order), or undefined
 * when a prop is anything but a string or number under one of PLAIN_ATTRIBUTES, `aria-*`, `data-*`
 * or ATTRIBUTE_NAMES, or a `style` of string values.
 */
function attributesOf(props: Record<string, unknown>): string | undefined {
  let written = '';
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (name === 'style') {
      const style = styleOf(value);
      if (style === undefined) return undefined;
      if (style !== '') written += ` style="${escapeHtml(style)}"`;
      continue;
    }
    // Object.hasOwn: a prop named after an Object.prototype member (`constructor`) must not find it.
    const attribute = (Object.hasOwn(ATTRIBUTE_NAMES, name) ? ATTRIBUTE_NAMES[name] : undefined) ?? (PLAIN_ATTRIBUTES.has(name) || /^(aria|data)-[a-z0-9-]+$/.test(name) ? name : undefined);
    if (attribute === undefined || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
    if (URL_ATTRIBUTES.has(name) && isJavaScriptUrl(String(value))) return undefined;
    written += ` ${attribute}="${escapeHtml(String(value))}"`;
  }
  return written;
}

/** An inline style object of string values as React writes it (`name:value;name:value`), or undefined for anything else. */
function styleOf(style: unknown): string | undefined {
  if (typeof style !== 'object' || style === null) return undefined;
  const declarations: string[] = [];
  for (const [name, value] of Object.entries(style)) {
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'string') return undefined;
    const property = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/^ms-/, '-ms-');
    declarations.push(`${property}:${value.trim()}`);
  }
  return declarations.join(';');
}

/** What React's own check treats as a `javascript:` URL: the scheme, ignoring leading space and embedded control characters. */
function isJavaScriptUrl(url: string): boolean {
  return /^javascript:/i.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** Text and attribute values escaped as React escapes them. */
function escapeHtml(text: string): string {
  return text.replace(/["&'<>]/g, (character) => ESCAPES[character]!);
}

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };
