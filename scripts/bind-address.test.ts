import { describe, expect, it } from 'vitest';
import { chooseBindAddress } from './bind-address.mjs';

describe('chooseBindAddress', () => {
  it('serves the quick start on loopback only', () => {
    expect(chooseBindAddress({ PORT: 3000 })).toEqual({ address: '127.0.0.1' });
    expect(chooseBindAddress({ PORT: 3000, HOSTNAME: 'localhost' })).toEqual({ address: 'localhost' });
  });

  it('refuses to serve other machines without PUBLIC_BASE_URL, and says what to set', () => {
    for (const HOSTNAME of ['0.0.0.0', '192.168.1.20', '::', 'postwise-7f9c']) {
      const choice = chooseBindAddress({ PORT: 3000, HOSTNAME });
      expect(choice).toHaveProperty('refusal');
      expect('refusal' in choice && choice.refusal).toContain('Set PUBLIC_BASE_URL');
    }
  });

  it('serves every interface once PUBLIC_BASE_URL is set', () => {
    expect(chooseBindAddress({ PORT: 3000, PUBLIC_BASE_URL: 'https://cpd.example.org' })).toEqual({ address: '0.0.0.0' });
    expect(chooseBindAddress({ PORT: 3000, PUBLIC_BASE_URL: 'https://cpd.example.org', HOSTNAME: '10.0.0.5' })).toEqual({ address: '10.0.0.5' });
  });
});
