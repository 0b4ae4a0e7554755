import { creditedQuarterHours, formatQuarterHours } from '@/lib/cpd/credited-hours';
import { type DescribedOutcome, describeOutcomes } from '@/lib/cpd/development-outcomes';
import { type PlainDate, ukDateOf } from '@/lib/cpd/plain-date';
import type { ModuleDefinition } from '@/lib/scenario/definition';

/** Bump whenever a stored certificate could no longer be read or displayed by this code. */
export const CERTIFICATE_FORMAT = 1 as const;

/**
 * Everything printed on a certificate, as plain JSON. Its canonical JSON is what is stored
 * (`Certificate.contentJson`) and signed, so it holds only what the certificate shows.
 * Fields follow what the GDC's Enhanced CPD guidance asks a certificate to carry (2025 edition:
 * no signature, and the GDC number only when the learner has one).
 */
export interface CertificateContent {
  format: typeof CERTIFICATE_FORMAT;
  code: string;
  verifyUrl: string;
  provider: string;
  learner: { name: string; gdcNumber: string | null };
  module: { id: string; title: string; version: number; contentHash: string };
  /** The module's description: what the learning covered. */
  learningContent: string;
  aims: string;
  objectives: string[];
  /** Letters in A–D order, each with the GDC wording. */
  outcomes: DescribedOutcome[];
  cpdHours: { quarterHours: number; display: string };
  /** The instant the module was completed (ISO 8601, UTC) and its UK calendar date. */
  completedAt: string;
  completedOn: PlainDate;
  /** GDC recommended topics the module addresses; empty when none applies. */
  recommendedTopics: string[];
  qualityAssurance: {
    by: string;
    /** The GDC-form confirmation printed on the certificate. */
    statement: string;
    /** How the module was quality assured, in the provider's words; null when not given. */
    process: string | null;
  };
  /** How the hours were arrived at, printed on the certificate. */
  hoursRule: string;
}

export interface BuildCertificateContentOptions {
  module: ModuleDefinition;
  /** The published version taken: its number and content hash. */
  moduleVersion: { version: number; contentHash: string };
  learner: { name: string; gdcNumber?: string | null };
  completedAt: Date;
  /** Seconds the learner was active on the module. */
  activeSeconds: number;
  code: string;
  verifyUrl: string;
}

/** Thrown when the learner has earned no whole quarter hour: there is nothing to certify. */
export class NoCreditedHoursError extends Error {
  constructor() {
    super('No verifiable CPD time: active time is under a quarter of an hour');
    this.name = 'NoCreditedHoursError';
  }
}

/** The GDC-form quality-assurance confirmation. */
export function qualityAssuranceStatement(by: string): string {
  return `We confirm that the information provided on this certificate is full and accurate and that this CPD has been subject to quality assurance by ${by}.`;
}

/** The content of a certificate for a completed module. */
export function buildCertificateContent(options: BuildCertificateContentOptions): CertificateContent {
  const { module, moduleVersion, learner } = options;
  const quarterHours = creditedQuarterHours(options.activeSeconds, module.hours);
  if (quarterHours === 0) throw new NoCreditedHoursError();
  const name = tidy(learner.name);
  if (!name) throw new TypeError('A certificate needs the learner’s name');
  const qaBy = tidy(module.qualityAssurance.by);
  const statement = qualityAssuranceStatement(qaBy);
  const process = tidy(module.qualityAssurance.statement);

  return {
    format: CERTIFICATE_FORMAT,
    code: options.code,
    verifyUrl: options.verifyUrl,
    provider: tidy(module.provider),
    learner: { name, gdcNumber: tidy(learner.gdcNumber ?? '') || null },
    module: { id: module.id, title: tidy(module.title), version: moduleVersion.version, contentHash: moduleVersion.contentHash },
    learningContent: module.description.trim(),
    aims: module.aims.trim(),
    objectives: module.objectives.map(tidy).filter(Boolean),
    outcomes: describeOutcomes(module.outcomes),
    cpdHours: { quarterHours, display: formatQuarterHours(quarterHours) },
    completedAt: options.completedAt.toISOString(),
    completedOn: ukDateOf(options.completedAt),
    recommendedTopics: (module.recommendedTopics ?? []).map(tidy).filter(Boolean),
    qualityAssurance: { by: qaBy, statement, process: process && process !== statement ? process : null },
    hoursRule: `Verifiable CPD hours are the learner's active time on this module, rounded down to the nearest quarter hour and capped at the ${formatQuarterHours(Math.floor(module.hours * 4 + 1e-9))} the module provides.`,
  };
}

function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
