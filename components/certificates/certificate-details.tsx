import type { CertificateContent } from '@/lib/certificates/certificate-content';
import { formatLongDate } from '@/lib/cpd/plain-date';
import { QrCode } from '@/components/ui/qr-code';
import { pluralNoun } from '@/lib/text/plural';

/** The verify URL's QR code, drawn from path data as React elements (never injected markup). */
export function CertificateQrCode({ url, label }: { url: string; label: string }) {
  return <QrCode text={url} label={label} />;
}

const termClass = 'text-sm font-semibold text-slate-700 dark:text-slate-300';
const valueClass = 'text-base';

/** Every field printed on a certificate, read from its signed content. */
export function CertificateDetails({ content, headingLevel = 2 }: { content: CertificateContent; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className={termClass}>Learner</dt>
          <dd className={`${valueClass} text-lg font-semibold`}>{content.learner.name}</dd>
        </div>
        <div>
          <dt className={termClass}>GDC number</dt>
          <dd className={valueClass}>{content.learner.gdcNumber ?? 'Not given'}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={termClass}>Module</dt>
          <dd className={`${valueClass} font-semibold`}>{content.module.title}</dd>
        </div>
        <div>
          <dt className={termClass}>Verifiable CPD hours</dt>
          <dd className={valueClass}>{content.cpdHours.display}</dd>
        </div>
        <div>
          <dt className={termClass}>Completion date</dt>
          <dd className={valueClass}>{formatLongDate(content.completedOn)}</dd>
        </div>
        <div>
          <dt className={termClass}>Certificate code</dt>
          <dd className={`${valueClass} font-mono`}>{content.code}</dd>
        </div>
        <div>
          <dt className={termClass}>Content version</dt>
          <dd className={valueClass}>
            Version {content.module.version} <span className="font-mono text-sm break-all">({content.module.contentHash.slice(0, 12)})</span>
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={termClass}>CPD provider</dt>
          <dd className={valueClass}>{content.provider}</dd>
        </div>
      </dl>

      <section className="space-y-2">
        <Heading className="text-lg font-semibold">Learning content</Heading>
        <p>{content.learningContent}</p>
      </section>
      <section className="space-y-2">
        <Heading className="text-lg font-semibold">Aims</Heading>
        <p>{content.aims}</p>
      </section>
      {content.objectives.length > 0 ? (
        <section className="space-y-2">
          <Heading className="text-lg font-semibold">Objectives</Heading>
          <ul className="list-disc space-y-1 pl-6">
            {content.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="space-y-2">
        <Heading className="text-lg font-semibold">GDC development outcomes</Heading>
        <ul className="space-y-2">
          {content.outcomes.map((outcome) => (
            <li key={outcome.letter} className="flex gap-3">
              <span className="font-bold" aria-hidden="true">
                {outcome.letter}
              </span>
              <span>
                <span className="sr-only">Outcome {outcome.letter}: </span>
                {outcome.text}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {content.recommendedTopics.length > 0 ? (
        <section className="space-y-2">
          <Heading className="text-lg font-semibold">
            {pluralNoun(content.recommendedTopics.length, 'GDC recommended topic')}
          </Heading>
          <p>{content.recommendedTopics.join('; ')}</p>
        </section>
      ) : null}
      <section className="space-y-2">
        <Heading className="text-lg font-semibold">Quality assurance</Heading>
        <p>{content.qualityAssurance.statement}</p>
        {content.qualityAssurance.process ? <p className="text-slate-700 dark:text-slate-300">{content.qualityAssurance.process}</p> : null}
      </section>
      <section className="space-y-2">
        <Heading className="text-lg font-semibold">How the hours were worked out</Heading>
        <p>{content.hoursRule}</p>
      </section>
    </div>
  );
}
