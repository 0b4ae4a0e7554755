import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';
import { formatLongDate, ukDateOf } from '@/lib/cpd/plain-date';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { readCertificate } from '@/lib/server/certificates/read-certificate';
import { CertificateDetails, CertificateQrCode } from '@/components/certificates/certificate-details';
import { Breadcrumb } from '@/components/ui/breadcrumb';

export const metadata: Metadata = { title: 'Your certificate', robots: { index: false } };

const linkClass =
  'inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:focus-visible:outline-sky-300';

/** The learner's own certificate (admins may look too), with its QR code and the PDF download. */
export default async function CertificatePage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normaliseCertificateCode(raw);
  if (!code) notFound();
  if (code !== raw) redirect(`/certificates/${code}`);
  const user = await requirePageUser(`/certificates/${code}`);
  // Hidden, not forbidden, from everyone but its owner: the public view is /verify/<code>.
  const certificate = await readCertificate({ code, ownerId: can(user, 'admin.view') ? undefined : user.id });
  if (!certificate?.content) notFound();
  const { content } = certificate;

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: '/cpd', label: 'My CPD record' }]} />
      <div className="space-y-2">
        <p className="font-semibold text-teal-800 dark:text-teal-300">{content.provider}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">Certificate of verifiable CPD</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {content.module.title} · {content.cpdHours.display} · completed {formatLongDate(content.completedOn)}
        </p>
      </div>

      {certificate.status === 'revoked' ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          This certificate was revoked on {certificate.revokedAt ? formatLongDate(ukDateOf(certificate.revokedAt)) : 'an earlier date'}
          {certificate.revokedReason ? `: ${certificate.revokedReason}` : '.'} It can no longer be used as evidence of CPD.
        </p>
      ) : null}

      <div className="flex flex-wrap gap-3">
        {certificate.status === 'revoked' ? null : (
          <a
            href={`/certificates/${code}/pdf`}
            download
            className={`${linkClass} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300`}
          >
            Download PDF
          </a>
        )}
        <Link
          href={`/verify/${code}`}
          className={`${linkClass} border-2 border-slate-700 text-slate-900 hover:bg-slate-100 dark:border-slate-300 dark:text-slate-50 dark:hover:bg-slate-800`}
        >
          Public verification page
        </Link>
      </div>

      <div className="grid gap-8 lg:grid-cols-[1fr_auto]">
        <CertificateDetails content={content} />
        <figure className="space-y-2 lg:order-last">
          <CertificateQrCode url={content.verifyUrl} label={`QR code linking to ${content.verifyUrl}`} />
          <figcaption className="max-w-40 text-sm break-all text-slate-700 dark:text-slate-300">
            Scan or visit <span className="font-mono">{content.verifyUrl}</span> to verify
          </figcaption>
        </figure>
      </div>

      <section aria-labelledby="hours-rule" className="space-y-2 rounded-lg border border-slate-300 p-4 dark:border-slate-600">
        <h2 id="hours-rule" className="text-lg font-semibold">
          How your hours are counted
        </h2>
        <p>
          Your hours are the time you were actively working through this module&apos;s scenarios (every attempt, including replays, since
          replaying is learning too). The timer pauses after 5 minutes without interaction. The total is rounded down to the nearest quarter
          hour and capped at the hours the module provides, so a certificate never claims time you did not spend.
        </p>
      </section>
    </div>
  );
}
