'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Expression, PlayContext } from '@/lib/scenario/definition';
import { evaluateExpression } from '@/lib/scenario/evaluate-expression';

type Variables = Pick<PlayContext, 'flags' | 'counters'>;

const PlayVariables = createContext<Variables | null>(null);

/** Supplies the flags and counters that decide `Show` blocks rendered ahead of time on the server. */
export function PlayVariablesProvider({ value, children }: { value: Variables; children: ReactNode }) {
  return <PlayVariables.Provider value={value}>{children}</PlayVariables.Provider>;
}

/**
 * A `Show` block rendered on the server: its children are already React elements, and only
 * this small gate runs in the browser, evaluating the parsed condition against the player's
 * current variables. Outside a player (no provider) the block stays hidden.
 */
export function ShowWhen({ when, children }: { when: Expression; children: ReactNode }) {
  const variables = useContext(PlayVariables);
  return variables && evaluateExpression(when, variables) ? <div className="space-y-3">{children}</div> : null;
}
