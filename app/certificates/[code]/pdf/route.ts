import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';
import { renderCertificatePdf } from '@/lib/certificates/certificate-pdf';
import { AppError, toErrorResponse } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { readCertificate } from '@/lib/server/certificates/read-certificate';

/** The certificate as a PDF: the learner's document, so only its owner (and admins) may download it. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  try {
    const user = await requireUser();
    const code = normaliseCertificateCode((await params).code);
    if (!code) throw new AppError('NOT_FOUND', 'No certificate has this code.');
    const certificate = await readCertificate({ code, ownerId: can(user, 'admin.view') ? undefined : user.id });
    if (!certificate) throw new AppError('NOT_FOUND', 'No certificate has this code.');
    if (certificate.status === 'revoked') throw new AppError('CONFLICT', 'This certificate has been revoked, so it cannot be downloaded.');
    if (!certificate.content) throw new Error(`Certificate ${code} has unreadable content.`);
    const pdf = await renderCertificatePdf(certificate.content);
    return new Response(Buffer.from(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="postwise-certificate-${code}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
