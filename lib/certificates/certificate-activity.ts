import type { CpdActivity } from '@/lib/cpd/cpd-record';
import type { CertificateContent } from './certificate-content';

/** A Postwise certificate as an entry of the learner's CPD record. */
export function certificateCpdActivity(options: { id: string; content: CertificateContent; reflectionDone: boolean }): CpdActivity {
  const { content } = options;
  return {
    id: options.id,
    source: 'postwise',
    title: content.module.title,
    provider: content.provider,
    completedOn: content.completedOn,
    minutes: content.cpdHours.quarterHours * 15,
    outcomes: content.outcomes.map((outcome) => outcome.letter),
    reflectionDone: options.reflectionDone,
    certificateCode: content.code,
  };
}
