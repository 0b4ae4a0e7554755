'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { ActionFailure } from '@/lib/errors';

/** What a draft's save action answers: the new revision, or a failure that may carry a newer revision someone else saved. */
type RevisionSaveState = null | { ok: true; revision: number } | (ActionFailure & { conflict?: { revision: number } });

type ConflictOf<State> = State extends { ok: false; conflict?: infer Conflict } ? Conflict : never;

/**
 * What a draft form (scenario text or module fields alike) makes of its last Save answer `saved`:
 * the page around the form is read again after each save (its state and revision list; the form
 * keeps what it holds); `conflict` is the newer revision someone else saved, if that refused the
 * save; `baseRevision` is what the next save is based on (the one just saved, else the conflict's,
 * so saving over it is deliberate, else the page's `revision`).
 */
export function useRevisionSave<State extends RevisionSaveState>(saved: State, revision: number): { conflict: ConflictOf<State> | undefined; baseRevision: number } {
  const router = useRouter();
  const savedRevision = saved?.ok ? saved.revision : undefined;
  useEffect(() => {
    if (savedRevision !== undefined) router.refresh();
  }, [savedRevision, router]);
  const conflict = saved && !saved.ok ? (saved.conflict as ConflictOf<State> | undefined) : undefined;
  const baseRevision = saved?.ok ? saved.revision : ((saved && !saved.ok ? saved.conflict?.revision : undefined) ?? revision);
  return { conflict, baseRevision };
}
