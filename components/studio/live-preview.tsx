'use client';

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { ScenarioPlayer } from '@/components/player/scenario-player';
import { renderScenario } from '@/components/scenario/render-scenario';
import { Button } from '@/components/ui/button';
import { inputBoxClass } from '@/components/ui/input-class';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { toPlayerCheck, type DraftReplyCheck } from '@/lib/studio/preview/draft-reply-check';
import { defaultPreviewStart, previewDefinition, type PreviewStart } from '@/lib/studio/preview/preview-definition';

export interface LivePreviewProps {
  /** The latest definition that compiled, and the text it was compiled from. */
  definition: ScenarioDefinition;
  source: string;
  /** The draft has errors now: the preview plays the last text that compiled. */
  stale: boolean;
  checkReply: (input: { source: string; sceneId: string; text: string }) => Promise<DraftReplyCheck>;
}

/** A fixed seed: the preview shows choices in the order a learner with this seed would, the same each restart. */
const PREVIEW_CHOICE_SEED = 1;

/** Enter in a setting would submit the page's save form around the workbench; here it does nothing. */
function keepEnterHere(event: KeyboardEvent) {
  if (event.key === 'Enter') event.preventDefault();
}

/**
 * Plays the compiled draft with the real player, in memory: nothing is saved and no attempt is
 * made. The author picks the scene to start from and the flags and counters to start with;
 * written replies are judged by the server through `checkReply`, as in the public trial.
 */
export function LivePreview({ definition, source, stale, checkReply }: LivePreviewProps) {
  const id = useId();
  const [start, setStart] = useState<PreviewStart>(() => defaultPreviewStart(definition));
  const [phone, setPhone] = useState(false);
  const [run, setRun] = useState(0);
  const played = useMemo(() => previewDefinition(definition, start), [definition, start]);
  const content = useMemo(() => renderScenario(played), [played]);
  const startable = definition.scenes.filter((scene) => scene.decision.kind !== 'none' || scene.routes.length > 0);
  const variables = Object.entries(definition.variables);

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-lg font-bold">
        Preview
      </h2>
      {stale ? (
        <p role="status" className="rounded-md border-2 border-amber-700 p-2 text-amber-900 dark:border-amber-300 dark:text-amber-100">
          The draft has errors, so the preview plays the last version that compiled.
        </p>
      ) : null}
      {/* min-w-0: a fieldset is at least as wide as its content by default, so it would not shrink to a phone. */}
      <fieldset className="min-w-0 space-y-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600">
        <legend className="px-1 font-semibold">Start from</legend>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm font-semibold">
            Scene
            {/* A select is as wide as its longest option (a scene's title): kept within the page at 320 px. */}
            <select
              className={`max-w-full ${inputBoxClass}`}
              value={played.start}
              onChange={(event) => setStart({ ...start, sceneId: event.target.value })}
            >
              {startable.map((scene) => (
                <option key={scene.id} value={scene.id}>
                  {scene.title ? `${scene.id}: ${scene.title}` : scene.id}
                </option>
              ))}
            </select>
          </label>
          {variables.map(([name, variable]) =>
            variable.type === 'flag' ? (
              <label key={name} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={played.variables[name]?.initial === true}
                  onKeyDown={keepEnterHere}
                  onChange={(event) => setStart({ ...start, flags: { ...start.flags, [name]: event.target.checked } })}
                />
                {variable.label ?? name} <span className="text-slate-600 dark:text-slate-300">({name})</span>
              </label>
            ) : (
              <label key={name} className="flex flex-col gap-1 text-sm font-semibold">
                {variable.label ?? name} ({name})
                <input
                  type="number"
                  step={1}
                  className={`${inputBoxClass} w-28`}
                  value={String(played.variables[name]?.initial ?? 0)}
                  onKeyDown={keepEnterHere}
                  onChange={(event) => {
                    const value = Number.parseInt(event.target.value, 10);
                    if (Number.isInteger(value)) setStart({ ...start, counters: { ...start.counters, [name]: value } });
                  }}
                />
              </label>
            ),
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setRun((count) => count + 1)}>
            Restart preview
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setStart(defaultPreviewStart(definition));
              setRun((count) => count + 1);
            }}
          >
            Reset start
          </Button>
          <Button variant="secondary" aria-pressed={phone} onClick={() => setPhone((value) => !value)}>
            Phone width (360 px)
          </Button>
        </div>
      </fieldset>
      <div className={`mx-auto rounded-xl border border-slate-300 p-2 dark:border-slate-600 ${phone ? 'max-w-[360px]' : 'w-full'}`}>
        <ScenarioPlayer
          key={`${definition.contentHash}:${played.start}:${run}:${JSON.stringify(start)}`}
          definition={played}
          content={content}
          choiceSeed={PREVIEW_CHOICE_SEED}
          insideForm
          checkReply={async (sceneId, text) => toPlayerCheck(await checkReply({ source, sceneId, text }))}
        />
      </div>
    </section>
  );
}
