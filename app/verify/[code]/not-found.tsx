import type { Metadata } from 'next';
import Link from 'next/link';
import { NotFoundTitle } from '@/components/ui/not-found-title';
import { CERTIFICATE_NOT_FOUND_TITLE } from './certificate-not-found-title';

export const metadata: Metadata = { title: CERTIFICATE_NOT_FOUND_TITLE, robots: { index: false, follow: false } };

/** Shown with a 404 status for a code that no certificate has. */
export default function CertificateNotFound() {
  return (
    <div className="space-y-4">
      <NotFoundTitle title={`${CERTIFICATE_NOT_FOUND_TITLE} · Postwise`} />
      <h1 className="text-2xl font-bold sm:text-3xl">No certificate with this code</h1>
      <p>
        We have no certificate with that code. Check it against the certificate: codes look like <span className="font-mono">PW-7K3M-Q9XD-2HVA</span>.
        Capitals and dashes do not matter.
      </p>
      <p>
        <Link href="/verify" className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Try another code
        </Link>
      </p>
    </div>
  );
}
