import type { BlockNode, ChoiceDefinition } from '@/lib/scenario/definition';

/** The guidance themes team insight groups decisions by, in the order the page lists them. */
export const GUIDANCE_THEMES = [
  { id: 'confidentiality', title: 'Patient confidentiality' },
  { id: 'boundaries', title: 'Professional boundaries' },
  { id: 'reviews', title: 'Reviews and criticism' },
  { id: 'advertising', title: 'Advertising and promotion' },
  { id: 'advice', title: 'Advice to patients online' },
  { id: 'conduct', title: 'Professional conduct online' },
  { id: 'policy', title: 'Workplace policy and data security' },
] as const;
export type GuidanceTheme = (typeof GUIDANCE_THEMES)[number]['id'];

// The rule (docs/data-retention.md, "Team insight"): a decision teaches the theme of each guidance
// passage its options' feedback cites, `<Guidance>` or `<Summary>` by source id and section, looked up
// here; a citation without a listed section takes its source's theme. The register's sections are few
// and stable, so the table is exact rather than guessed from words. A citation neither lists is "conduct".
const SECTION_THEMES: Record<string, GuidanceTheme> = {
  'gdc-social#Confidentiality': 'confidentiality',
  'gdc-social#Boundaries': 'boundaries',
  'gdc-social#Professional groups': 'conduct',
  'gdc-standards#4.2.3': 'confidentiality',
  'gdc-standards#9.1.3': 'conduct',
  'ddu#Maintain patient confidentiality': 'confidentiality',
  'ddu#Dealing with a negative online patient review': 'reviews',
  'ddu#Responding to criticism': 'reviews',
  'ddu#Be careful of friend requests': 'boundaries',
  'ddu#Keep your information secure': 'policy',
  'ddu#Remain professional at all times': 'conduct',
  'mdu#Protect patient confidentiality': 'confidentiality',
  'mdu#Maintain boundaries': 'boundaries',
  "mdu#Don't provide personal advice on social media platforms": 'advice',
  'mdu#Comply with advertising code': 'advertising',
  "mdu#Review your organisation's acceptable use policy": 'policy',
  'mdu#Reread before posting': 'conduct',
  'mdu#What can go wrong?': 'conduct',
};
const SOURCE_THEMES: Record<string, GuidanceTheme> = {
  cap: 'advertising',
  'dmcc-act': 'reviews',
  'human-medicines-regulations': 'advertising',
  'ico-breach': 'policy',
  'gdc-social': 'conduct',
};

/** The theme the table gives a citation (source id and section, as in a `<Guidance>` or `<Summary>`), if it lists it. */
export function listedThemeOf(source: string, section?: string): GuidanceTheme | undefined {
  return (section !== undefined ? SECTION_THEMES[`${source}#${section}`] : undefined) ?? SOURCE_THEMES[source];
}

/** The theme of one citation: the listed one, else "conduct". */
export function themeOfCitation(source: string, section?: string): GuidanceTheme {
  return listedThemeOf(source, section) ?? 'conduct';
}

function citations(blocks: readonly BlockNode[]): Array<{ source: string; section?: string }> {
  return blocks.flatMap((block) => {
    if (block.type === 'component') {
      const own =
        (block.name === 'Guidance' || block.name === 'Summary') && typeof block.props.source === 'string'
          ? [{ source: block.props.source, section: typeof block.props.section === 'string' ? block.props.section : undefined }]
          : [];
      return [...own, ...citations(block.children)];
    }
    if (block.type === 'blockquote') return citations(block.children);
    if (block.type === 'list') return block.items.flatMap((item) => citations(item));
    return [];
  });
}

/** The themes a scene's decision teaches: those its options' feedback cites (deduplicated, in theme order). */
export function themesOfChoices(choices: readonly ChoiceDefinition[]): GuidanceTheme[] {
  const found = new Set(choices.flatMap((choice) => citations(choice.feedback ?? []).map(({ source, section }) => themeOfCitation(source, section))));
  return GUIDANCE_THEMES.map((theme) => theme.id).filter((id) => found.has(id));
}

/** A risky option: one its author penalised (negative points), the scenario language's mark of a poor or serious choice. */
export function isRiskyChoice(choice: ChoiceDefinition): boolean {
  return choice.effects.points < 0;
}
