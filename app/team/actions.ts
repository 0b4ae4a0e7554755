'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formatCpdTime } from '@/lib/cpd/credited-hours';
import { toActionFailure } from '@/lib/errors';
import { firstIssueFailure, type FormState } from '@/lib/forms/form-state';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { AppError } from '@/lib/errors';
import { getCurrentUser, requireUser } from '@/lib/server/auth/get-current-user';
import { castTeamVote } from '@/lib/server/team/cast-team-vote';
import { findParticipant } from '@/lib/server/team/find-participant';
import { readGuestToken, setGuestToken } from '@/lib/server/team/guest-cookie';
import { singleLineText } from '@/lib/text/single-line-text';
import { GUEST_NAME_MAX, joinTeamSession } from '@/lib/server/team/join-team-session';
import { recordTeamCpd, TEAM_REFLECTION_MAX } from '@/lib/server/team/record-team-cpd';

const joinSchema = z.object({
  code: z.string().trim().min(1, 'Enter the join code shown on the presenter’s screen.').max(40, 'That is far longer than a join code. Type the code shown on the presenter’s screen.'),
  // Shown to the whole room: the shared single-line rule (attack5 F5).
  name: z.string().trim().max(GUEST_NAME_MAX, `A first name can be at most ${GUEST_NAME_MAX} characters.`).superRefine(singleLineText('Your first name')).default(''),
});

/** Joins a team session by its code: as the signed-in user, or as a guest with a first name. */
export async function joinTeamSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let sessionId: string;
  try {
    const input = joinSchema.safeParse({ code: formData.get('code') ?? '', name: formData.get('name') ?? undefined });
    if (!input.success) return firstIssueFailure(input.error);
    const user = await getCurrentUser();
    const joined = await joinTeamSession({ code: input.data.code, userId: user?.id, guestName: input.data.name });
    if (joined.guestToken) await setGuestToken(joined.sessionId, joined.guestToken);
    sessionId = joined.sessionId;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/team/${encodeURIComponent(sessionId)}`);
}

const voteSchema = z.object({
  sessionId: recordIdSchema,
  round: z.coerce.number().int().min(1).max(10_000),
  choiceId: z.string({ error: 'Choose one of the answers first.' }).trim().min(1, 'Choose one of the answers first.').max(200),
});

/** Casts or changes this participant's vote on the open decision; only joined participants may. */
export async function castTeamVoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = voteSchema.safeParse({ sessionId: formData.get('sessionId'), round: formData.get('round'), choiceId: formData.get('choiceId') ?? undefined });
    if (!input.success) return firstIssueFailure(input.error);
    const { sessionId, round, choiceId } = input.data;
    const user = await getCurrentUser();
    const participant = await findParticipant({ sessionId, userId: user?.id, guestToken: await readGuestToken(sessionId) });
    if (!participant) throw new AppError('NOT_FOUND', 'You have not joined this team session.');
    await castTeamVote({ sessionId, participantId: participant.id, round, choiceId });
    return { ok: true, message: 'Your vote is in. You can change it until the presenter reveals the votes.' };
  } catch (error) {
    return toActionFailure(error);
  }
}

const recordSchema = z.object({
  sessionId: recordIdSchema,
  reflection: z.string().trim().max(TEAM_REFLECTION_MAX, `A reflection can be at most ${TEAM_REFLECTION_MAX} characters.`),
});

/** Records a finished session as team CPD in the signed-in participant's own record. */
export async function recordTeamCpdAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = recordSchema.safeParse({ sessionId: formData.get('sessionId'), reflection: formData.get('reflection') ?? '' });
    if (!input.success) return firstIssueFailure(input.error);
    const user = await requireUser();
    const { minutes } = await recordTeamCpd({ userId: user.id, sessionId: input.data.sessionId, reflection: input.data.reflection });
    return { ok: true, message: `Recorded in your CPD record: ${formatCpdTime(minutes)} of team CPD.` };
  } catch (error) {
    return toActionFailure(error);
  }
}
