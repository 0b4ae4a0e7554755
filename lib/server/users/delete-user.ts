import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';

/**
 * Deletes an account and the personal data keyed to it (UK GDPR right to erasure), in one
 * transaction. Cascades remove sessions, sign-in methods, memberships, attempts with their events,
 * reflections, external CPD and plans; invitations addressed to the user (to a practice or to manage a group) go too. Certificates and module feedback are kept without the link
 * to the user (see docs/data-retention.md). A practice the user alone owns is deleted with them if
 * nobody else is in it; otherwise they must hand it over first, so no practice is left ownerless.
 */
export async function deleteUser({ userId }: { userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: {
        email: true,
        memberships: {
          where: { role: 'owner' },
          select: { practice: { select: { id: true, name: true, members: { select: { userId: true, role: true } } } } },
        },
      },
    });
    if (!user) throw new AppError('NOT_FOUND', 'This account no longer exists.');

    for (const { practice } of user.memberships) {
      const others = practice.members.filter((member) => member.userId !== userId);
      if (others.some((member) => member.role === 'owner')) continue;
      if (others.length > 0) {
        throw new AppError(
          'CONFLICT',
          `You are the only owner of ${practice.name}. Make another member an owner, or remove the other members, before deleting your account.`,
        );
      }
      await tx.practice.delete({ where: { id: practice.id } });
    }

    await tx.invitation.deleteMany({ where: { email: user.email } });
    await tx.organisationInvitation.deleteMany({ where: { email: user.email } });
    await tx.outboxEmail.deleteMany({ where: { to: user.email } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.delete({ where: { id: userId } });
  });
}
