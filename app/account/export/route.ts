import { AppError, toErrorResponse } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { exportUserData } from '@/lib/server/users/export-user-data';
import { ukToday } from '@/lib/cpd/plain-date';

/** Downloads everything Postwise holds about the signed-in user, as JSON. */
export async function GET(): Promise<Response> {
  try {
    const user = await requireUser();
    if (!can(user, 'account.export', { userId: user.id })) throw new AppError('FORBIDDEN', 'You cannot export this account.');
    const data = await exportUserData({ userId: user.id });
    if (!data) throw new AppError('NOT_FOUND', 'This account no longer exists.');
    const date = ukToday();
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="postwise-my-data-${date}.json"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
