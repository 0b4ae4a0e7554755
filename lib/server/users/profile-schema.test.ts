import { describe, expect, it } from 'vitest';
import { PRINTABLE_NAMES, REFUSED_NAMES } from '@/lib/certificates/name-corpus.test-support';
import { profileInputSchema } from './profile-schema';

const profile = (certificateName: string) => ({ certificateName, gdcNumber: '', registrantType: '', cpdCycleStart: '' });

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
