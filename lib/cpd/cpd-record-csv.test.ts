import { describe, expect, it } from 'vitest';
import type { CpdActivity } from './cpd-record';
import { cpdRecordToCsv, csvField } from './cpd-record-csv';

const certificate: CpdActivity = {
  id: 'c1',
  source: 'postwise',
  title: 'Social media and patient confidentiality',
  provider: 'Postwise',
  completedOn: '2026-08-01',
  minutes: 105,
  outcomes: ['D', 'A'],
  reflectionDone: true,
  certificateCode: 'PW-ABCD-EFGH-JKMN',
};

describe('cpdRecordToCsv', () => {
  it('writes a header and one CRLF-terminated row per activity, oldest first', () => {
    const external: CpdActivity = { ...certificate, id: 'e1', source: 'external', title: 'Medical emergencies', provider: 'Deanery', completedOn: '2026-03-02', minutes: 300, outcomes: ['C'], reflectionDone: false, certificateCode: undefined };
    const csv = cpdRecordToCsv({ registrantType: 'dental-nurse', activities: [certificate, external] });
    expect(csv.split('\r\n')).toEqual([
      'Date,CPD year,Title,Provider,Source,Verifiable hours,Non-verifiable hours,Development outcomes,Reflection done,Certificate code,Reflection',
      '2026-03-02,2025/26,Medical emergencies,Deanery,Recorded by you,5,,C,No,,',
      '2026-08-01,2026/27,Social media and patient confidentiality,Postwise,Postwise certificate,1.75,,AD,Yes,PW-ABCD-EFGH-JKMN,',
      '',
    ]);
  });

  it('writes a team session as non-verifiable hours with its reflection, in the CPD year of its UK date', () => {
    const team: CpdActivity = {
      ...certificate,
      id: 't1',
      source: 'team',
      title: 'The one-star review',
      provider: 'Team session at Demo Dental (Postwise)',
      completedOn: '2026-07-31',
      minutes: 45,
      outcomes: ['A', 'D'],
      certificateCode: undefined,
      reflection: 'We will answer reviews offline, without confirming anyone is a patient.',
    };
    const csv = cpdRecordToCsv({ registrantType: 'dental-nurse', activities: [team] });
    expect(csv.split('\r\n')[1]).toBe(
      '2026-07-31,2025/26,The one-star review,Team session at Demo Dental (Postwise),Postwise team session (no certificate),,0.75,AD,Yes,,"We will answer reviews offline, without confirming anyone is a patient."',
    );
  });

  it('quotes commas, quotes and line breaks as RFC 4180 asks', () => {
    const csv = cpdRecordToCsv({
      registrantType: 'dentist',
      activities: [{ ...certificate, title: 'Consent, capacity and "best interests"\nPart 2' }],
    });
    expect(csv).toContain('"Consent, capacity and ""best interests""\nPart 2"');
  });

  it('defuses spreadsheet formulas typed by a learner', () => {
    const csv = cpdRecordToCsv({
      registrantType: 'dentist',
      activities: [{ ...certificate, title: '=HYPERLINK("http://evil","x")', provider: '@SUM(A1)' }],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
  });
});

describe('csvField', () => {
  it.each([
    ['+44 7700', "'+44 7700"],
    ['-1', "'-1"],
    ['\tcmd', "'\tcmd"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
  ])('writes %j as %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});
