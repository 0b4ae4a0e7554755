import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { CERTIFICATE_NOT_FOUND_TITLE } from './certificate-not-found-title';
import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';
import { formatLongDate, ukDateOf } from '@/lib/cpd/plain-date';
import { readCertificate, type CertificateRecord } from '@/lib/server/certificates/read-certificate';
import { CertificateDetails } from '@/components/certificates/certificate-details';
import { endSentence } from '@/lib/text/end-sentence';

/** The certificate a code names, read once per request for the title and the page. */
const certificateOf = cache(async (code: string) => readCertificate({ code }));

/**
 * The tab title says whether the code names a certificate: Next.js applies a page's own metadata
 * after hydration even when the page answered with `notFound()` (vercel/next.js#95836), so a fixed
 * title would name a certificate that does not exist (a user trial, issue 18).
 * Certificates carry a person's name: verifiable by anyone with the code, but not for search engines.
 */
export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const code = normaliseCertificateCode((await params).code);
  const found = code !== null && (await certificateOf(code)) !== null;
  return { title: found ? 'Verify a certificate' : CERTIFICATE_NOT_FOUND_TITLE, robots: { index: false, follow: false } };
}

const dateOf = (instant: Date) => formatLongDate(ukDateOf(instant));

function StatusBanner({ certificate }: { certificate: CertificateRecord }) {
  if (certificate.status === 'revoked') {
    return (
      <div role="status" className="space-y-1 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
        <p className="text-lg font-bold">Revoked: this certificate is no longer valid</p>
        <p>
          Revoked on {certificate.revokedAt ? dateOf(certificate.revokedAt) : 'an earlier date'}. Reason: {endSentence(certificate.revokedReason ?? 'not given')}
        </p>
      </div>
    );
  }
  if (certificate.status === 'signature-mismatch') {
    return (
      <div role="status" className="space-y-1 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
        <p className="text-lg font-bold">Not valid: the signature does not match</p>
        <p>The details held for this code are not the ones Postwise signed. Do not rely on this certificate; please contact us.</p>
      </div>
    );
  }
  return (
    <div role="status" className="space-y-1 rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100">
      <p className="text-lg font-bold">Valid certificate</p>
      <p>Issued by Postwise on {dateOf(certificate.issuedAt)}. The details below match our digital signature.</p>
    </div>
  );
}

/** Public verification: every field from the stored, signed certificate, its status and signature. */
export default async function VerifyCertificatePage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normaliseCertificateCode(raw);
  if (!code) notFound();
  if (code !== raw) redirect(`/verify/${code}`);
  const certificate = await certificateOf(code);
  if (!certificate) notFound();

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Certificate {code}</h1>
        <StatusBanner certificate={certificate} />
      </div>

      {certificate.content ? (
        <CertificateDetails content={certificate.content} />
      ) : (
        <p>The stored details of this certificate cannot be read.</p>
      )}

      <section aria-labelledby="signature" className="space-y-3 rounded-lg border border-slate-300 p-4 dark:border-slate-600">
        <h2 id="signature" className="text-lg font-semibold">
          Digital signature
        </h2>
        <dl className="space-y-2">
          <div>
            <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">Ed25519 signature (base64url)</dt>
            <dd className="font-mono text-sm break-all">{certificate.signature}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">Key id</dt>
            <dd className="font-mono text-sm">{certificate.keyId}</dd>
          </div>
        </dl>
        <h3 className="font-semibold">Check it yourself, offline</h3>
        <ol className="list-decimal space-y-1 pl-6">
          <li>
            Download{' '}
            <a href={`/verify/${code}/json`} className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
              this certificate as JSON
            </a>{' '}
            and{' '}
            <a href="/.well-known/postwise-certificate-keys.json" className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
              our published public keys
            </a>
            .
          </li>
          <li>Take the key whose <code>kid</code> equals the key id above.</li>
          <li>
            Check the Ed25519 signature over the UTF-8 bytes of <code>contentJson</code> (the certificate&apos;s fields as canonical JSON, RFC 8785)
            with that key, for example with Node&apos;s <code>crypto.verify</code> or <code>openssl pkeyutl -verify -rawin</code>. Any change to
            any field makes the check fail.
          </li>
        </ol>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The offline check proves Postwise issued these details; whether a certificate has since been revoked is shown only on this page.
        </p>
      </section>

      <p>
        <Link href="/verify" className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Verify another certificate
        </Link>
      </p>
    </div>
  );
}
