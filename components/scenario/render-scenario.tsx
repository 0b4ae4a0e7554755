import type { ReactNode } from 'react';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { BlockContent, InlineContent, type ContentEnvironment } from './content';
import { PlatformFrame } from './platform-frame';

/**
 * Every piece of a scenario's content, rendered ahead of time (in a server component) so the
 * renderer and the platform mock-ups never ship to the browser: the player only places these
 * elements, and `Show` blocks inside them are decided in the browser by `ShowWhen`.
 */
export interface RenderedScenario {
  /** Scene id → the scene's content inside its platform frame. */
  scenes: Record<string, ReactNode>;
  /** Scene id → the prompt of the scene's compose block. */
  prompts: Record<string, ReactNode>;
  /** Choice id → its label (inline markdown). */
  labels: Record<string, ReactNode>;
  /** Choice id → its feedback, for choices that have one. */
  feedback: Record<string, ReactNode>;
  /** Ending id → its debrief. */
  endings: Record<string, ReactNode>;
}

/** Renders a scenario's content for `ScenarioPlayer`'s `content` prop. */
export function renderScenario(definition: ScenarioDefinition): RenderedScenario {
  const env: ContentEnvironment = { sources: definition.sources, platform: definition.platform };
  const rendered: RenderedScenario = { scenes: {}, prompts: {}, labels: {}, feedback: {}, endings: {} };
  for (const scene of definition.scenes) {
    rendered.scenes[scene.id] = (
      <PlatformFrame platform={definition.platform}>
        <BlockContent blocks={scene.content} env={env} />
      </PlatformFrame>
    );
    if (scene.decision.kind === 'compose') rendered.prompts[scene.id] = <BlockContent blocks={scene.decision.compose.prompt} env={env} />;
    if (scene.decision.kind === 'choices') {
      for (const choice of scene.decision.choices) {
        rendered.labels[choice.id] = <InlineContent nodes={choice.label} />;
        if (choice.feedback) rendered.feedback[choice.id] = <BlockContent blocks={choice.feedback} env={{ ...env, headingLevel: 3 }} />;
      }
    }
  }
  for (const ending of definition.endings) rendered.endings[ending.id] = <BlockContent blocks={ending.content} env={env} />;
  return rendered;
}
