import { blocksText } from './content-text';
import type { BlockNode, Source } from './definition';
import type { SourceReference } from './frontmatter';
import { closestPassage, isQuotedFrom, passagesFor } from './quotation';
import type { SourceRegister } from './source-register';
import { suggestion } from './suggest';

/**
 * Citations in scenarios: frontmatter `sources` that name register ids, and `<Guidance>` (a
 * verbatim quotation, E012) and `<Summary>` (the author's summary, not checked word for word)
 * blocks whose source and section must be registered (E013).
 */

export interface CitationProblem {
  code: 'E010' | 'E012' | 'E013';
  /** Which attribute the problem is about, so the compiler can point at it. */
  at: 'source' | 'section' | 'block';
  message: string;
}

/**
 * The sources a compiled definition carries for the player and the certificate: for a register
 * id, its title, publisher, url and checked date; an inline source as written.
 * Returns the index of each id that is not registered as `unknown`.
 */
export function resolveSources(references: readonly SourceReference[], register: SourceRegister | undefined): { sources: Source[]; unknown: number[] } {
  const sources: Source[] = [];
  const unknown: number[] = [];
  references.forEach((reference, index) => {
    if (typeof reference !== 'string') {
      sources.push(reference);
      return;
    }
    const registered = register?.get(reference);
    if (!registered) {
      unknown.push(index);
      return;
    }
    sources.push({
      id: registered.id,
      title: registered.title,
      publisher: registered.publisher,
      ...(registered.url === undefined ? {} : { url: registered.url }),
      checked: registered.checked,
    });
  });
  return { sources, unknown };
}

/** The message for a frontmatter id that is not in the register. */
export function unknownSourceMessage(id: string, register: SourceRegister | undefined): string {
  return `source "${id}" is not in the source register (scenarios/sources/${id}.yaml)${suggestion(id, [...(register?.keys() ?? [])])}: register it once, or cite a registered id`;
}

const NUMBERED_CLAUSE = /^\d+(\.\d+)*$/;

/**
 * Checks one `<Guidance>` or `<Summary>` block. `sourceIds` are the scenario's frontmatter ids;
 * `register` is absent when compiling without one (unit tests), which skips the register checks.
 */
export function checkCitation({
  component,
  source,
  section,
  body,
  sourceIds,
  register,
}: {
  component: 'Guidance' | 'Summary';
  source: string;
  section: string | undefined;
  body: readonly BlockNode[];
  sourceIds: ReadonlySet<string>;
  register: SourceRegister | undefined;
}): CitationProblem[] {
  if (!sourceIds.has(source)) {
    return [{ code: 'E010', at: 'source', message: `<${component} source="${source}"> names no entry in the frontmatter \`sources\`${suggestion(source, sourceIds)}` }];
  }
  const registered = register?.get(source);
  if (!registered) {
    // An inline (unregistered) source: a quotation from it cannot be checked.
    if (register !== undefined && component === 'Guidance') {
      return [{ code: 'E012', at: 'source', message: `<Guidance source="${source}"> cannot be checked: "${source}" is not in the source register. Register it with the text quoted, or use <Summary>` }];
    }
    return [];
  }
  const passages = passagesFor(registered, section);
  if (!passages) {
    const known = registered.passages.flatMap((passage) => (passage.section ? [passage.section] : []));
    const kind = section !== undefined && NUMBERED_CLAUSE.test(section) ? 'clause' : 'section';
    return [{ code: 'E013', at: 'section', message: `${kind} "${section}" of "${source}" is not in the source register${suggestion(section ?? '', known)}; registered: ${known.join(', ') || 'none'}` }];
  }
  if (component === 'Summary') return [];
  const quote = blocksText(body);
  const withText = passages.filter((passage) => passage.text !== undefined);
  if (withText.length === 0) {
    return [{ code: 'E012', at: 'block', message: `the register holds no verified text for ${section ? `"${section}" of ` : ''}"${source}", so this cannot be a quotation: use <Summary source="${source}"${section ? ` section="${section}"` : ''}> for your own words` }];
  }
  if (withText.some((passage) => isQuotedFrom(quote, passage.text!))) return [];
  const closest = closestPassage(quote, withText);
  const where = closest?.section ? ` (${closest.section})` : '';
  return [
    {
      code: 'E012',
      at: 'block',
      message: `this <Guidance> is not a verbatim quotation of "${source}"${section ? `, ${section}` : ''}. Closest passage${where}: "${closest?.text ?? ''}". Quote the source exactly (use … for words left out), or put your own words in <Summary>`,
    },
  ];
}
