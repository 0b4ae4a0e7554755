'use server';

import { redirect } from 'next/navigation';
import type { NoticeKey } from '@/lib/forms/notices';
import { z } from 'zod';
import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { reinstateCertificate } from '@/lib/server/certificates/reinstate-certificate';
import { REVOCATION_REASON_MAX_LENGTH, revokeCertificate } from '@/lib/server/certificates/revoke-certificate';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { singleLineText } from '@/lib/text/single-line-text';

/** The console's search, carried through a decision so the admin lands back on the same list. */
const searchField = z.string().max(200).catch('');

/** Back to the certificates console with the admin's search kept and what was done said. */
function backToCertificates(search: string, notice: NoticeKey): never {
  redirect(`/admin/certificates?${new URLSearchParams({ q: search, notice })}`);
}

const revokeSchema = z.object({
  code: z
    .string()
    .transform((value) => normaliseCertificateCode(value))
    .refine((value): value is string => value !== null, 'That is not a certificate code.'),
  reason: z
    .string()
    .trim()
    .min(5, 'Give the reason for revoking (at least 5 characters): it is shown on the public verification page.')
    .max(REVOCATION_REASON_MAX_LENGTH, {
      error: (issue) => `The reason is ${String(issue.input).length} characters long; keep it to ${REVOCATION_REASON_MAX_LENGTH} or fewer.`,
    })
    // Public on the verification page: the shared single-line rule (attack5 F5).
    .superRefine(singleLineText('The reason')),
  confirm: z.literal('yes', 'Tick the box to confirm: revoking is public and the holder is emailed.'),
  search: searchField,
});

/**
 * Admins only, after ticking a confirmation: revokes a certificate with a reason (at most
 * REVOCATION_REASON_MAX_LENGTH characters), shown from then on at /verify/<code>, and emails the holder.
 */
export async function revokeCertificateAction(_previous: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  let search: string;
  try {
    const input = revokeSchema.safeParse({ code: formData.get('code') ?? '', reason: formData.get('reason') ?? '', confirm: formData.get('confirm'), search: formData.get('search') ?? '' });
    if (!input.success) return firstIssueFailure(input.error);
    const admin = await requireUser();
    if (!can(admin, 'certificate.revoke')) throw new AppError('FORBIDDEN', 'Only administrators can revoke certificates.');
    await revokeCertificate({ code: input.data.code, reason: input.data.reason, actorId: admin.id, origin: publicOrigin() });
    search = input.data.search;
  } catch (error) {
    return toActionFailure(error);
  }
  backToCertificates(search, 'certificate-revoked');
}

const reinstateSchema = z.object({
  code: revokeSchema.shape.code,
  confirm: z.literal('yes', 'Tick the box to confirm: the certificate becomes valid again on its public verification page.'),
  search: searchField,
});

/**
 * Admins only, after ticking a confirmation: reinstates a revoked certificate within the grace
 * period (CERTIFICATE_REINSTATE_DAYS), so /verify/<code> shows it valid again; the holder is emailed
 * and the audit trail keeps both the revocation and the reinstatement. Past the grace period it is
 * refused with the dates.
 */
export async function reinstateCertificateAction(_previous: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  let search: string;
  try {
    const input = reinstateSchema.safeParse({ code: formData.get('code') ?? '', confirm: formData.get('confirm'), search: formData.get('search') ?? '' });
    if (!input.success) return firstIssueFailure(input.error);
    const admin = await requireUser();
    if (!can(admin, 'certificate.reinstate')) throw new AppError('FORBIDDEN', 'Only administrators can reinstate certificates.');
    await reinstateCertificate({ code: input.data.code, actorId: admin.id, origin: publicOrigin() });
    search = input.data.search;
  } catch (error) {
    return toActionFailure(error);
  }
  backToCertificates(search, 'certificate-reinstated');
}
