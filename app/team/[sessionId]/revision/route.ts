import { toErrorResponse } from '@/lib/errors';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { AppError } from '@/lib/errors';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { readGuestToken } from '@/lib/server/team/guest-cookie';
import { teamSessionRevision } from '@/lib/server/team/team-session-revision';

/**
 * `{ revision }` of a team session, for the presenter's screen and the phones to poll: they reload
 * only when it moves. Presenters and participants only; 404 for anyone else.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }): Promise<Response> {
  try {
    const { sessionId } = await params;
    if (!recordIdSchema.safeParse(sessionId).success) throw new AppError('NOT_FOUND', 'There is no such team session.');
    const user = await getCurrentUser();
    const revision = await teamSessionRevision({ sessionId, userId: user?.id, guestToken: await readGuestToken(sessionId) });
    return Response.json({ revision }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
