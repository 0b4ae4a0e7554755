'use server';

import { redirect } from 'next/navigation';
import type { NoticeKey } from '@/lib/forms/notices';
import { z } from 'zod';
import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { revokeCertificate } from '@/lib/server/certificates/revoke-certificate';

const revokeSchema = z.object({
  code: z
    .string()
    .transform((value) => normaliseCertificateCode(value))
    .refine((value): value is string => value !== null, 'That is not a certificate code.'),
  reason: z
    .string()
    .trim()
    .min(5, 'Give the reason for revoking (at least 5 characters): it is shown on the public verification page.')
    .max(500, 'Keep the reason under 500 characters.'),
  search: z.string().max(200).catch(''),
});

/** Admins only: revokes a certificate with a reason, shown from then on at /verify/<code>. */
export async function revokeCertificateAction(_previous: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  let search: string;
  try {
    const input = revokeSchema.safeParse({ code: formData.get('code') ?? '', reason: formData.get('reason') ?? '', search: formData.get('search') ?? '' });
    if (!input.success) return firstIssueFailure(input.error);
    const admin = await requireUser();
    if (!can(admin, 'certificate.revoke')) throw new AppError('FORBIDDEN', 'Only administrators can revoke certificates.');
    await revokeCertificate({ code: input.data.code, reason: input.data.reason });
    search = input.data.search;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/admin/certificates?${new URLSearchParams({ q: search, notice: 'certificate-revoked' satisfies NoticeKey })}`);
}
