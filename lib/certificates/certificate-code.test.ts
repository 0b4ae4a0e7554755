import { describe, expect, it } from 'vitest';
import { generateCertificateCode, normaliseCertificateCode } from './certificate-code';

describe('generateCertificateCode', () => {
  it('gives PW- and three groups of four Crockford base32 characters', () => {
    for (let index = 0; index < 200; index += 1) {
      expect(generateCertificateCode()).toMatch(/^PW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });

  it('does not repeat itself and uses the whole alphabet', () => {
    const codes = Array.from({ length: 5000 }, generateCertificateCode);
    expect(new Set(codes).size).toBe(codes.length);
    const characters = new Set(codes.join('').replace(/^PW|-/g, '').split(''));
    expect(characters.size).toBe(32);
  });
});

describe('normaliseCertificateCode', () => {
  it.each([
    ['PW-7K3M-Q9XD-2HVA', 'PW-7K3M-Q9XD-2HVA'],
    ['pw-7k3m-q9xd-2hva', 'PW-7K3M-Q9XD-2HVA'],
    ['7K3MQ9XD2HVA', 'PW-7K3M-Q9XD-2HVA'],
    [' pw 7k3m q9xd 2hva ', 'PW-7K3M-Q9XD-2HVA'],
    ['PW7K3MQ9XD2HVA', 'PW-7K3M-Q9XD-2HVA'],
    ['PW-O1IL-0000-0000', 'PW-0111-0000-0000'],
    ['PWPW-AAAA-BBBB', 'PW-PWPW-AAAA-BBBB'],
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseCertificateCode(input)).toBe(expected);
  });

  it.each(['', 'PW-7K3M-Q9XD', 'PW-7K3M-Q9XD-2HVA-1', 'PW-7K3M-Q9XD-2HVU', '<script>'])('refuses %j', (input) => {
    expect(normaliseCertificateCode(input)).toBeNull();
  });

  it('accepts every generated code unchanged', () => {
    for (let index = 0; index < 100; index += 1) {
      const code = generateCertificateCode();
      expect(normaliseCertificateCode(code.toLowerCase().replace(/-/g, ''))).toBe(code);
    }
  });
});
