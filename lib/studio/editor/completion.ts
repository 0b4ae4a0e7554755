import { CHECK_NAMES, COMPONENT_REFERENCE, referenceFor, type ReferenceAttribute } from './component-reference';
import type { SourceOutline } from './source-outline';

/**
 * What the editor offers as the author types, worked out from the text alone so it can be tested
 * without a browser: component names after `<`, a component's attributes inside its tag, and
 * inside an attribute's quotes the ids, variables, sources, checks or values that attribute takes.
 */
export interface CompletionOption {
  label: string;
  /** CodeMirror's icon kind. */
  type: 'type' | 'property' | 'variable' | 'constant' | 'keyword' | 'enum';
  /** Text inserted instead of `label`, when it differs. */
  apply?: string;
  detail?: string;
}

export interface CompletionResult {
  /** Offset where the word being completed starts; the editor filters options by what follows. */
  from: number;
  options: CompletionOption[];
}

/** Names the document and the register offer; from the outline of the latest text and the page's register. */
export interface CompletionNames {
  outline: SourceOutline | undefined;
  sourceIds: readonly string[];
}

/** How far back to look for the `<` that opens the tag being typed in. */
const LOOK_BACK = 4000;
const CONDITION_WORDS = ['and', 'or', 'not'];

function valueOptions(attribute: ReferenceAttribute, names: CompletionNames): CompletionOption[] {
  const outline = names.outline;
  const variables = outline?.variables ?? [];
  const value = attribute.value;
  if (typeof value === 'object') return value.oneOf.map((label) => ({ label, type: 'enum' as const }));
  switch (value) {
    case 'target':
      return [
        ...(outline?.scenes ?? []).map((scene) => ({ label: scene.id, type: 'constant' as const, detail: scene.title ? `scene: ${scene.title}` : 'scene' })),
        ...(outline?.endings ?? []).map((ending) => ({ label: ending.id, type: 'constant' as const, detail: `ending${ending.rating ? ` (${ending.rating})` : ''}` })),
      ];
    case 'variables':
      return variables.filter((variable) => variable.type === 'flag').map((variable) => ({ label: variable.name, type: 'variable' as const, detail: 'flag' }));
    case 'counters':
      return variables.filter((variable) => variable.type === 'counter').map((variable) => ({ label: variable.name, type: 'variable' as const, detail: 'counter' }));
    case 'condition':
      return [
        ...variables.map((variable) => ({ label: variable.name, type: 'variable' as const, detail: variable.type })),
        ...CONDITION_WORDS.map((label) => ({ label, type: 'keyword' as const })),
      ];
    case 'source':
      return names.sourceIds.map((label) => ({ label, type: 'constant' as const, detail: 'registered source' }));
    case 'checks':
      return CHECK_NAMES.map((label) => ({ label, type: 'enum' as const }));
    default:
      return [];
  }
}

/** The tag being typed at `position`: the text from its `<` to the cursor, or undefined outside a tag. */
function openTag(text: string, position: number): { body: string } | undefined {
  const before = text.slice(Math.max(0, position - LOOK_BACK), position);
  const open = before.lastIndexOf('<');
  if (open === -1 || before.indexOf('>', open) !== -1) return undefined;
  return { body: before.slice(open + 1) };
}

/** Completion at `position` (a UTF-16 offset) in `text`, or null where nothing applies. */
export function completeAt(text: string, position: number, names: CompletionNames): CompletionResult | null {
  const tag = openTag(text, position);
  if (!tag) return null;
  const { body } = tag;

  const typingName = /^\/?([A-Za-z]*)$/.exec(body);
  if (typingName) {
    const from = position - typingName[1]!.length;
    return {
      from,
      options: COMPONENT_REFERENCE.map((component) => ({ label: component.name, type: 'type', detail: component.place })),
    };
  }

  const component = referenceFor(/^([A-Za-z]+)/.exec(body)?.[1] ?? '');
  if (!component) return null;

  const inValue = /([A-Za-z]+)="([^"]*)$/.exec(body);
  if (inValue) {
    const attribute = component.attributes.find((candidate) => candidate.name === inValue[1]);
    if (!attribute) return null;
    const word = /[A-Za-z0-9_-]*$/.exec(inValue[2]!)![0];
    const options = valueOptions(attribute, names);
    return options.length > 0 ? { from: position - word.length, options } : null;
  }
  // Inside `{…}` or right after `=`: nothing to offer.
  if (/[={][^"}\s]*$/.test(body) || (body.split('"').length - 1) % 2 === 1) return null;

  const typingAttribute = /\s([A-Za-z]*)$/.exec(body);
  if (!typingAttribute) return null;
  const written = new Set([...body.matchAll(/\s([A-Za-z]+)=/g)].map((match) => match[1]));
  return {
    from: position - typingAttribute[1]!.length,
    options: component.attributes
      .filter((attribute) => !written.has(attribute.name))
      .map((attribute) => ({
        label: attribute.name,
        type: 'property',
        apply: `${attribute.name}=${attribute.example.startsWith('{') ? '{' : '"'}`,
        detail: `${attribute.required ? 'required, ' : ''}e.g. ${attribute.example}`,
      })),
  };
}
