import type { ReactNode } from 'react';
import type { BlockNode, ScenarioDefinition } from '@/lib/scenario/definition';
import { ChoiceVerdict } from './choice-verdict';
import { BlockContent, InlineContent, type ContentEnvironment } from './content';
import { DeviceFrame } from './device-frame';
import { expandContent } from './expand-content';
import { sceneRuns } from './scene-layout';

/**
 * Every piece of a scenario's content, rendered ahead of time (in a server component) so the
 * renderer and the platform mock-ups never ship to the browser: the player only places these
 * elements, and `Show` blocks inside them are decided in the browser by `ShowWhen`.
 */
export interface RenderedScenario {
  /**
   * Scene id → the scene's content: narration as prose, what happens on the platform inside its
   * device, and for a written reply what it answers.
   */
  scenes: Record<string, ReactNode>;
  /** Scene id → the prompt of the scene's compose block. */
  prompts: Record<string, ReactNode>;
  /** Choice id → its label (inline markdown). */
  labels: Record<string, ReactNode>;
  /** Choice id → its feedback opening with a verdict, for choices that have feedback. */
  feedback: Record<string, ReactNode>;
  /** Ending id → its debrief. */
  endings: Record<string, ReactNode>;
}

/** Narration and device screens in source order; a scene with no platform content draws no empty device. */
export function SceneBody({ blocks, env }: { blocks: BlockNode[]; env: ContentEnvironment }) {
  return (
    <div className="space-y-4">
      {sceneRuns(blocks).map((run, index) =>
        run.kind === 'screen' ? (
          <DeviceFrame key={index} platform={env.platform}>
            <BlockContent blocks={run.blocks} env={env} />
          </DeviceFrame>
        ) : (
          <BlockContent key={index} blocks={run.blocks} env={env} />
        ),
      )}
    </div>
  );
}

/**
 * What a written reply answers: the on-screen content of the first scene on the shortest way from
 * the start to the compose scene that shows something on the platform (the message or review
 * that set the story going), unless the compose scene shows its own.
 */
export function replyContext(definition: ScenarioDefinition, sceneId: string): BlockNode[] {
  const byId = new Map(definition.scenes.map((scene) => [scene.id, scene]));
  const screenOf = (id: string) => sceneRuns(byId.get(id)?.content ?? []).find((run) => run.kind === 'screen')?.blocks ?? [];
  if (screenOf(sceneId).length > 0) return [];
  const previous = new Map<string, string>([[definition.start, definition.start]]);
  const queue = [definition.start];
  while (queue.length > 0 && !previous.has(sceneId)) {
    const id = queue.shift() as string;
    const scene = byId.get(id);
    if (!scene) continue;
    const next = [...scene.routes.map((route) => route.to), ...(scene.decision.kind === 'choices' ? scene.decision.choices.map((choice) => choice.to) : [])];
    for (const to of next) {
      if (!previous.has(to)) {
        previous.set(to, id);
        queue.push(to);
      }
    }
  }
  if (!previous.has(sceneId)) return [];
  const path: string[] = [];
  for (let id = sceneId; id !== definition.start; id = previous.get(id) as string) path.unshift(id);
  path.unshift(definition.start);
  const first = path.find((id) => screenOf(id).length > 0);
  return first ? screenOf(first) : [];
}

/** The message or review a written reply answers, shown again above the reply box. */
function ReplyingTo({ blocks, env }: { blocks: BlockNode[]; env: ContentEnvironment }) {
  return (
    <div className="mt-4 space-y-2">
      <p className="font-semibold">You are replying to:</p>
      <DeviceFrame platform={env.platform}>
        <BlockContent blocks={blocks} env={env} />
      </DeviceFrame>
    </div>
  );
}

/**
 * Published definitions are immutable and cached per version (read-definition.ts), so their
 * rendered content is too: every learner's page for a version shares one set of elements, with
 * every content component already called (expandContent), instead of React calling them for
 * every scene, label, feedback and debrief on each request (issue 19). React never
 * mutates elements, so sharing them between concurrent renders is safe. Keyed weakly: a studio
 * preview's definitions (a new object per edit) are dropped with them.
 */
const renderedByDefinition = new WeakMap<ScenarioDefinition, RenderedScenario>();

/** Renders a scenario's content for `ScenarioPlayer`'s `content` prop; once per definition object. */
export function renderScenario(definition: ScenarioDefinition): RenderedScenario {
  const cached = renderedByDefinition.get(definition);
  if (cached) return cached;
  const content = renderContent(definition);
  const expand = (pieces: Record<string, ReactNode>) => Object.fromEntries(Object.entries(pieces).map(([id, piece]) => [id, expandContent(piece)]));
  const rendered: RenderedScenario = {
    scenes: expand(content.scenes),
    prompts: expand(content.prompts),
    labels: expand(content.labels),
    feedback: expand(content.feedback),
    endings: expand(content.endings),
  };
  renderedByDefinition.set(definition, rendered);
  return rendered;
}

function renderContent(definition: ScenarioDefinition): RenderedScenario {
  const env: ContentEnvironment = { sources: definition.sources, platform: definition.platform };
  const rendered: RenderedScenario = { scenes: {}, prompts: {}, labels: {}, feedback: {}, endings: {} };
  for (const scene of definition.scenes) {
    const answered = scene.decision.kind === 'compose' ? replyContext(definition, scene.id) : [];
    rendered.scenes[scene.id] = (
      <>
        <SceneBody blocks={scene.content} env={env} />
        {answered.length > 0 ? <ReplyingTo blocks={answered} env={env} /> : null}
      </>
    );
    if (scene.decision.kind === 'compose') rendered.prompts[scene.id] = <BlockContent blocks={scene.decision.compose.prompt} env={env} />;
    if (scene.decision.kind === 'choices') {
      for (const choice of scene.decision.choices) {
        rendered.labels[choice.id] = <InlineContent nodes={choice.label} />;
        if (choice.feedback) {
          rendered.feedback[choice.id] = (
            <div className="space-y-3">
              <ChoiceVerdict points={choice.effects.points} />
              <BlockContent blocks={choice.feedback} env={{ ...env, headingLevel: 3 }} />
            </div>
          );
        }
      }
    }
  }
  for (const ending of definition.endings) rendered.endings[ending.id] = <BlockContent blocks={ending.content} env={env} />;
  return rendered;
}
