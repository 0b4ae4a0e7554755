import type { ModuleDefinition } from '@/lib/scenario/definition';
import { buildCertificateContent, type BuildCertificateContentOptions, type CertificateContent } from './certificate-content';

/** A module shaped like the real social-media module, for tests. */
export const sampleModule: ModuleDefinition = {
  id: 'social-media',
  title: 'Social media, confidentiality and professional standards',
  provider: 'Postwise',
  description:
    'Three branching, fictional social-media scenarios: a friend request from a patient, a one-star online review, and a closed professional forum where a case could identify a patient.',
  aims: 'To help dental professionals use social media in line with the GDC Standards, protecting patient confidentiality.',
  objectives: [
    'Recognise when a post could identify a patient, including by jigsaw identification.',
    'Respond to online reviews without confirming that someone is a patient.',
  ],
  outcomes: ['D', 'A'],
  hours: 2,
  scenarios: ['friend-request', 'one-star-review', 'closed-forum'],
  qualityAssurance: {
    by: 'the Postwise clinical review panel',
    statement: 'Reviewed by a registered dentist and a registered dental nurse against the GDC guidance cited.',
  },
  feedbackRequired: true,
  recommendedTopics: ['Legal and ethical issues', 'Complaints handling'],
  version: 3,
};

export const sampleCode = 'PW-7K3M-Q9XD-2HVA';

/** Certificate content for the sample module, with any option overridden. */
export function sampleContent(overrides: Partial<BuildCertificateContentOptions> = {}): CertificateContent {
  return buildCertificateContent({
    module: sampleModule,
    moduleVersion: { version: 3, contentHash: 'a3f9c2e81b7d4c55e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7' },
    learner: { name: 'Łukasz Zoë Kowalski', gdcNumber: '123456' },
    completedAt: new Date('2026-07-31T23:30:00Z'),
    activeSeconds: 6600,
    code: sampleCode,
    verifyUrl: `https://cpd.example.org/verify/${sampleCode}`,
    ...overrides,
  });
}
