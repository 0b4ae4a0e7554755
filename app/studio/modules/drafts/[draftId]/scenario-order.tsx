'use client';

import { useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldMark } from '@/components/ui/form-field';
import { inputBoxClass } from '@/components/ui/input-class';

/** A published scenario the module may list. */
export interface PickableScenario {
  id: string;
  title: string;
}

export interface ScenarioOrderProps {
  /** Scenario ids in the order learners meet them. */
  chosen: readonly string[];
  scenarios: readonly PickableScenario[];
  error?: string;
  onChange: (ids: string[]) => void;
}

/**
 * The module's scenarios in order, with Move up, Move down and Remove on each and Add from the
 * published scenarios not yet listed. Buttons, not dragging, so it works from the keyboard; focus
 * stays on the moved scenario's button and each change is announced. Each id is also a hidden
 * `scenarios` input, in order, for the form.
 */
export function ScenarioOrder({ chosen, scenarios, error, onChange }: ScenarioOrderProps) {
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const titles = new Map(scenarios.map((scenario) => [scenario.id, scenario.title]));
  const nameOf = (scenarioId: string) => titles.get(scenarioId) ?? scenarioId;
  const addable = scenarios.filter((scenario) => !chosen.includes(scenario.id));
  const toAdd = addable.some((scenario) => scenario.id === adding) ? adding : (addable[0]?.id ?? '');

  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus, chosen]);

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const next = [...chosen];
    const [moved] = next.splice(index, 1);
    if (moved === undefined || target < 0 || target > chosen.length - 1) return;
    next.splice(target, 0, moved);
    onChange(next);
    // At either end the button moved with is disabled; keep focus on the other one.
    const direction = target === 0 ? 'down' : target === next.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
    setFocus(`${id}-${moved}-${direction}`);
    setAnnouncement(`${nameOf(moved)} moved to position ${target + 1} of ${next.length}.`);
  }

  function remove(index: number) {
    const removed = chosen[index];
    if (removed === undefined) return;
    onChange(chosen.filter((_, other) => other !== index));
    setFocus(`${id}-add`);
    setAnnouncement(`${nameOf(removed)} removed from the module.`);
  }

  function add() {
    if (!toAdd) return;
    onChange([...chosen, toAdd]);
    setFocus(`${id}-add`);
    setAnnouncement(`${nameOf(toAdd)} added at position ${chosen.length + 1}.`);
  }

  return (
    <fieldset name="scenarios" className="space-y-3" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold">
        Scenarios, in the order learners meet them
        <FieldMark required spoken />
      </legend>
      {chosen.length === 0 ? <p>No scenarios yet: add at least one.</p> : null}
      <ol className="space-y-2">
        {chosen.map((scenarioId, index) => (
          <li key={scenarioId} className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-300 p-2 dark:border-slate-700">
            <input type="hidden" name="scenarios" value={scenarioId} />
            <span className="min-w-0 flex-1 basis-48">
              {index + 1}. {nameOf(scenarioId)} <span className="text-sm text-slate-700 dark:text-slate-300">({scenarioId})</span>
            </span>
            <Button id={`${id}-${scenarioId}-up`} variant="secondary" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move ${nameOf(scenarioId)} up`}>
              Up
            </Button>
            <Button
              id={`${id}-${scenarioId}-down`}
              variant="secondary"
              disabled={index === chosen.length - 1}
              onClick={() => move(index, 1)}
              aria-label={`Move ${nameOf(scenarioId)} down`}
            >
              Down
            </Button>
            <Button variant="secondary" onClick={() => remove(index)} aria-label={`Remove ${nameOf(scenarioId)}`}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      {error ? (
        <p id={`${id}-error`} className="text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {addable.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 font-semibold" htmlFor={`${id}-pick`}>
            Published scenario to add
            <select id={`${id}-pick`} value={toAdd} onChange={(event) => setAdding(event.target.value)} className={inputBoxClass}>
              {addable.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.title} ({scenario.id})
                </option>
              ))}
            </select>
          </label>
          <Button id={`${id}-add`} variant="secondary" onClick={add}>
            Add scenario
          </Button>
        </div>
      ) : (
        <p id={`${id}-add`} tabIndex={-1}>
          Every published scenario of this module is listed.
        </p>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
