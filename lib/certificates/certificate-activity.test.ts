import { describe, expect, it } from 'vitest';
import { summariseCpdRecord } from '@/lib/cpd/cpd-record';
import { certificateCpdActivity } from './certificate-activity';
import { sampleContent } from './sample-certificate.test-support';

describe('certificateCpdActivity', () => {
  it('counts a certificate’s credited hours, outcomes and UK date in the CPD record', () => {
    const activity = certificateCpdActivity({ id: 'c1', content: sampleContent({ activeSeconds: 6600 }), reflectionDone: true });
    expect(activity).toMatchObject({ source: 'postwise', minutes: 105, outcomes: ['A', 'D'], completedOn: '2026-08-01', certificateCode: 'PW-7K3M-Q9XD-2HVA' });
    const summary = summariseCpdRecord({ registrantType: 'dental-nurse', cycleStart: '2023-08-01', activities: [activity], today: '2026-09-01' });
    expect(summary.years.find((year) => year.label === '2026/27')?.minutes).toBe(105);
    expect(summary.minutesByOutcome).toEqual({ A: 105, B: 0, C: 0, D: 105 });
  });
});
