import type { ScenarioDefinition } from '@/lib/scenario/definition';

/** Where the author wants the preview to begin: a scene, and the flags and counters it starts with. */
export interface PreviewStart {
  sceneId: string;
  flags: Record<string, boolean>;
  counters: Record<string, number>;
}

/** The draft's own start and declared initial values. */
export function defaultPreviewStart(definition: ScenarioDefinition): PreviewStart {
  const flags: Record<string, boolean> = {};
  const counters: Record<string, number> = {};
  for (const [name, variable] of Object.entries(definition.variables)) {
    if (variable.type === 'flag') flags[name] = variable.initial === true;
    else counters[name] = typeof variable.initial === 'number' ? variable.initial : 0;
  }
  return { sceneId: definition.start, flags, counters };
}

/**
 * The draft as the preview plays it: the same scenes and endings, starting at the chosen scene
 * with the chosen values as the variables' initial values. The real machine (`toMachine`) then
 * enters that scene exactly as a learner would arrive there, following its routes if one holds.
 * A scene id the draft lacks and values of the wrong type or for undeclared variables are ignored,
 * so a start chosen for an older text never breaks the preview.
 */
export function previewDefinition(definition: ScenarioDefinition, start: PreviewStart): ScenarioDefinition {
  const variables: ScenarioDefinition['variables'] = {};
  for (const [name, variable] of Object.entries(definition.variables)) {
    const chosen = variable.type === 'flag' ? start.flags[name] : start.counters[name];
    const fits = variable.type === 'flag' ? typeof chosen === 'boolean' : Number.isInteger(chosen);
    variables[name] = fits ? { ...variable, initial: chosen! } : variable;
  }
  const sceneId = definition.scenes.some((scene) => scene.id === start.sceneId) ? start.sceneId : definition.start;
  return { ...definition, start: sceneId, variables };
}
