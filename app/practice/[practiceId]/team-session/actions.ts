'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, toActionFailure } from '@/lib/errors';
import { firstIssueFailure, type FormState } from '@/lib/forms/form-state';
import { chosen, contentIdSchema, recordIdSchema } from '@/lib/forms/id-schema';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { continueTeamSession } from '@/lib/server/team/continue-team-session';
import { endTeamSession } from '@/lib/server/team/end-team-session';
import { revealTeamVotes } from '@/lib/server/team/reveal-team-votes';
import { startTeamSession } from '@/lib/server/team/start-team-session';
import { takeGroupDecision } from '@/lib/server/team/take-group-decision';

// Hidden from people who may not present rather than forbidden, so ids cannot be probed.
async function authorize(practiceId: string) {
  const user = await requireUser();
  if (!can(user, 'practice.manage', { practiceId })) throw new AppError('NOT_FOUND', 'Practice not found.');
  return user;
}

const presenterPath = (practiceId: string, sessionId: string) => `/practice/${encodeURIComponent(practiceId)}/team-session/${encodeURIComponent(sessionId)}`;

const startSchema = z.object({ practiceId: recordIdSchema, scenarioId: chosen('a scenario', contentIdSchema) });

/** Starts a team session of a published scenario and opens the presenter's screen. */
export async function startTeamSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let target: string;
  try {
    const input = startSchema.safeParse({ practiceId: formData.get('practiceId'), scenarioId: formData.get('scenarioId') ?? '' });
    if (!input.success) return firstIssueFailure(input.error);
    const { practiceId, scenarioId } = input.data;
    const user = await authorize(practiceId);
    const { sessionId } = await startTeamSession({ actorId: user.id, practiceId, scenarioId });
    target = presenterPath(practiceId, sessionId);
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(target);
}

const stepSchema = z.object({ practiceId: recordIdSchema, sessionId: recordIdSchema, round: z.coerce.number().int().min(0).max(10_000) });

/** Runs one presenter step after the schema and authorization (the form then reloads the page's data). */
async function presenterStep(formData: FormData, step: (input: z.infer<typeof stepSchema> & { actorId: string }) => Promise<void>): Promise<FormState> {
  try {
    const input = stepSchema.safeParse({ practiceId: formData.get('practiceId'), sessionId: formData.get('sessionId'), round: formData.get('round') });
    if (!input.success) return firstIssueFailure(input.error);
    const user = await authorize(input.data.practiceId);
    await step({ ...input.data, actorId: user.id });
    return null;
  } catch (error) {
    return toActionFailure(error);
  }
}

/** Closes voting on the open decision and shows the spread. */
export async function revealTeamVotesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return presenterStep(formData, (input) => revealTeamVotes(input));
}

const choiceSchema = z.string({ error: 'Pick the choice the group goes with.' }).trim().min(1, 'Pick the choice the group goes with.').max(200);

/** Takes the choice the group goes with; the server's scenario machine decides what follows. */
export async function takeGroupChoiceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const choiceId = choiceSchema.safeParse(formData.get('choiceId') ?? undefined);
  if (!choiceId.success) return firstIssueFailure(choiceId.error);
  return presenterStep(formData, (input) => takeGroupDecision({ ...input, event: { type: 'CHOOSE', choiceId: choiceId.data } }));
}

const replySchema = z.string().trim().min(1, 'Type the reply the group agreed.').max(5000, 'A reply can be at most 5,000 characters.');

/** Submits the written reply the group agreed; the server runs the scenario's checks on it. */
export async function submitGroupReplyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const text = replySchema.safeParse(formData.get('text') ?? '');
  if (!text.success) return firstIssueFailure(text.error);
  return presenterStep(formData, (input) => takeGroupDecision({ ...input, event: { type: 'COMPOSE', text: text.data } }));
}

/** Moves on from the feedback to the next scene, or to the ending. */
export async function continueTeamSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return presenterStep(formData, (input) => continueTeamSession(input));
}

/** Ends the session: the code stops working and participants can record it. */
export async function endTeamSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return presenterStep(formData, (input) => endTeamSession(input));
}
