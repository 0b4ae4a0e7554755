import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/json/canonical-json';
import { NoCreditedHoursError } from './certificate-content';
import { sampleContent, sampleModule } from './sample-certificate.test-support';

describe('buildCertificateContent', () => {
  it('carries every field the GDC asks a certificate to show', () => {
    const content = sampleContent();
    expect(content).toMatchObject({
      format: 1,
      code: 'PW-7K3M-Q9XD-2HVA',
      verifyUrl: 'https://cpd.example.org/verify/PW-7K3M-Q9XD-2HVA',
      provider: 'Postwise',
      learner: { name: 'Łukasz Zoë Kowalski', gdcNumber: '123456' },
      module: { id: 'social-media', title: sampleModule.title, version: 3 },
      learningContent: sampleModule.description,
      aims: sampleModule.aims,
      objectives: sampleModule.objectives,
      recommendedTopics: ['Legal and ethical issues', 'Complaints handling'],
      qualityAssurance: {
        by: 'the Postwise clinical review panel',
        statement:
          'We confirm that the information provided on this certificate is full and accurate and that this CPD has been subject to quality assurance by the Postwise clinical review panel.',
        process: sampleModule.qualityAssurance.statement,
      },
    });
    expect(content.outcomes.map((outcome) => outcome.letter)).toEqual(['A', 'D']);
    expect(content.outcomes[0]!.text).toMatch(/^Effective communication with patients/);
    expect(content.hoursRule).toContain('rounded down to the nearest quarter hour');
    expect(content.hoursRule).toContain('2 hours');
  });

  it('credits active time rounded down to the quarter hour, capped at the module hours', () => {
    expect(sampleContent({ activeSeconds: 6600 }).cpdHours).toEqual({ quarterHours: 7, display: '1.75 hours' });
    expect(sampleContent({ activeSeconds: 6299 }).cpdHours).toEqual({ quarterHours: 6, display: '1.5 hours' });
    expect(sampleContent({ activeSeconds: 50_000 }).cpdHours).toEqual({ quarterHours: 8, display: '2 hours' });
  });

  it('refuses to certify less than a quarter of an hour', () => {
    expect(() => sampleContent({ activeSeconds: 899 })).toThrow(NoCreditedHoursError);
  });

  it('dates completion on the UK calendar', () => {
    const content = sampleContent({ completedAt: new Date('2026-07-31T23:30:00Z') });
    expect(content.completedAt).toBe('2026-07-31T23:30:00.000Z');
    expect(content.completedOn).toBe('2026-08-01');
  });

  it('leaves the GDC number out when the learner has none', () => {
    expect(sampleContent({ learner: { name: 'Sam Patel' } }).learner).toEqual({ name: 'Sam Patel', gdcNumber: null });
    expect(sampleContent({ learner: { name: 'Sam Patel', gdcNumber: '  ' } }).learner.gdcNumber).toBeNull();
  });

  it('tidies whitespace in the learner name and refuses an empty one', () => {
    expect(sampleContent({ learner: { name: '  Sam \n  Patel ' } }).learner.name).toBe('Sam Patel');
    expect(() => sampleContent({ learner: { name: '  ' } })).toThrow(TypeError);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    const content = sampleContent();
    expect(JSON.parse(canonicalJson(content))).toEqual(content);
  });
});
