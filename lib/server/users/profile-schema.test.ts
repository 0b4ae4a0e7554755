import { describe, expect, it } from 'vitest';
import { PRINTABLE_NAMES, REFUSED_NAMES } from '@/lib/certificates/name-corpus.test-support';
import { profileInputSchema } from './profile-schema';

const profile = (certificateName: string) => ({ certificateName, gdcNumber: '', registrantType: '', teamRole: '', cpdCycleStart: '' });

describe('the certificate name in the profile', () => {
  it.each(REFUSED_NAMES)('refuses %s, saying the certificate cannot print it and why', (name) => {
    const result = profileInputSchema.safeParse(profile(name));
    expect(result.success).toBe(false);
    const message = result.error!.issues.map((issue) => issue.message).join(' ');
    expect(message).toMatch(/^Certificates cannot print “/);
    expect(message).toContain('Latin (including Vietnamese), Greek and Cyrillic');
    expect(message).toContain('as it appears on the GDC register');
  });

  it('accepts every name of the certificate corpus, stored in NFC', () => {
    for (const name of PRINTABLE_NAMES) {
      const result = profileInputSchema.safeParse(profile(name.normalize('NFD')));
      expect(result.success, name).toBe(true);
      expect(result.data?.certificateName).toBe(name.normalize('NFC'));
    }
  });
});

describe('the CPD cycle start in the profile', () => {
  const withCycle = (registrantType: string, cpdCycleStart: string) => ({ certificateName: 'Amina Yusuf', gdcNumber: '', registrantType, teamRole: '', cpdCycleStart });

  it('accepts 1 January for a dentist and 1 August for a dental care professional', () => {
    expect(profileInputSchema.safeParse(withCycle('dentist', '2023-01-01')).success).toBe(true);
    expect(profileInputSchema.safeParse(withCycle('dental-nurse', '2023-08-01')).success).toBe(true);
  });

  it('refuses a start that is not the first day of a CPD year, suggesting the right one', () => {
    const result = profileInputSchema.safeParse(withCycle('dental-nurse', '2024-03-14'));
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['cpdCycleStart'], message: 'A dental care professional’s CPD cycle starts on 1 August: did you mean 2023-08-01?' })]);
    const dentist = profileInputSchema.safeParse(withCycle('dentist', '2024-08-01'));
    expect(dentist.error?.issues[0]?.message).toBe('A dentist’s CPD cycle starts on 1 January: did you mean 2024-01-01?');
  });

  it('leaves the cycle start empty rather than assuming one', () => {
    expect(profileInputSchema.parse(withCycle('dentist', '')).cpdCycleStart).toBeNull();
  });
});

describe('GDC number', () => {
  const withGdc = (gdcNumber: string) => ({ ...profile('Amina Yusuf'), gdcNumber });
  const messageFor = (gdcNumber: string) => {
    const result = profileInputSchema.safeParse(withGdc(gdcNumber));
    return result.success ? null : result.error.issues.map((issue) => issue.message);
  };

  it('tells an over-long number its length, not that it must be digits', () => {
    expect(messageFor('1234567890')).toEqual(['Your GDC registration number has at most 8 digits; this one has 10 characters.']);
  });

  it('still refuses letters, and accepts a number or nothing', () => {
    expect(messageFor('12a45')).toEqual(['Your GDC registration number is digits only, for example 123456.']);
    expect(messageFor('123456')).toBeNull();
    expect(messageFor('')).toBeNull();
  });
});
