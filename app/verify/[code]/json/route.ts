import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';
import { readCertificate } from '@/lib/server/certificates/read-certificate';

const headers = { 'Cache-Control': 'no-store' };

/**
 * Public: the certificate as stored and signed, its status and its signature, for machines.
 * `contentJson` is the exact signed text, so the offline check in ADR 003 can run on this file.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const code = normaliseCertificateCode((await params).code);
  const certificate = code ? await readCertificate({ code }) : null;
  if (!certificate) {
    return Response.json({ error: { code: 'NOT_FOUND', message: 'No certificate has this code.' } }, { status: 404, headers });
  }
  return Response.json(
    {
      certificate: certificate.content,
      contentJson: certificate.contentJson,
      signature: certificate.signature,
      keyId: certificate.keyId,
      signatureValid: certificate.signatureValid,
      status: certificate.status,
      revokedAt: certificate.revokedAt?.toISOString() ?? null,
      revokedReason: certificate.revokedReason,
    },
    { headers },
  );
}
