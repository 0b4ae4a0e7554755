import { describe, expect, it } from 'vitest';
import { type CpdActivity, summariseCpdRecord } from '@/lib/cpd/cpd-record';
import { renderCpdRecordPdf } from './cpd-record-pdf';
import { extractPdfText } from './pdf-text.test-support';

const activities: CpdActivity[] = [
  {
    id: 'c1',
    source: 'postwise',
    title: 'Social media, confidentiality and professional standards',
    provider: 'Postwise',
    completedOn: '2025-09-10',
    minutes: 105,
    outcomes: ['A', 'D'],
    reflectionDone: true,
    certificateCode: 'PW-7K3M-Q9XD-2HVA',
  },
  {
    id: 'e1',
    source: 'external',
    title: 'Medical emergencies update',
    provider: 'Local deanery',
    completedOn: '2024-11-02',
    minutes: 300,
    outcomes: ['C'],
    reflectionDone: false,
  },
];

describe('renderCpdRecordPdf', () => {
  it('shows totals, years, outcomes, warnings, activities and the plan as text', async () => {
    const summary = summariseCpdRecord({ registrantType: 'dental-nurse', cycleStart: '2023-08-01', activities, today: '2026-01-15' });
    const bytes = await renderCpdRecordPdf({
      summary,
      activities: summary.activities,
      plan: [{ learningNeed: 'Keep safeguarding knowledge current', fieldOfPractice: 'General dental practice', title: 'Safeguarding level 2', outcomes: ['A', 'D'], timeframe: 'By March 2026', notes: 'Practice pays' }],
      learner: { name: 'Sam Patel', gdcNumber: '654321' },
    });
    const { text } = await extractPdfText(bytes);
    for (const expected of [
      'CPD record and personal development plan',
      'Sam Patel · GDC number 654321',
      'Dental nurse',
      '2023/24–2027/28',
      '6 hours 45 minutes of verifiable CPD recorded out of the 50 hours',
      '2025/26 1 August 2025 31 July 2026 1 hour 45 minutes 0 hours',
      'Postwise 1 hour 45 minutes AD',
      '2025/26',
      'Medical emergencies update',
      'Local deanery',
      'PW-7K3M-Q9XD-2HVA',
      'Effective communication with patients',
      'Safeguarding level 2',
      'By March 2026',
      '1 activity still needs a written reflection.',
      summary.warnings[0]!.message,
    ]) {
      expect(text).toContain(expected);
    }
    // CPD time is never a decimal fraction of an hour for people ("0.08" for 5 minutes).
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('says so when there is nothing recorded or planned yet', async () => {
    const summary = summariseCpdRecord({ registrantType: 'dentist', cycleStart: '2023-01-01', activities: [], today: '2026-01-15' });
    const { text } = await extractPdfText(await renderCpdRecordPdf({ summary, activities: [], plan: [] }));
    expect(text).toContain('No CPD recorded yet.');
    expect(text).toContain('No planned activities yet.');
    expect(text).toContain('0 hours of verifiable CPD recorded out of the 100 hours');
  });
});
