import { describe, expect, it } from 'vitest';
import { quoteUserText } from './quote-user-text';

describe('quoteUserText', () => {
  it('wraps the text in typographic quotes', () => {
    expect(quoteUserText('Harbour Dental', 40)).toBe('“Harbour Dental”');
  });

  it('cuts long text to the limit, ending in an ellipsis', () => {
    const quoted = quoteUserText('A'.repeat(100), 40);
    expect(Array.from(quoted)).toHaveLength(42);
    expect(quoted.endsWith('…”')).toBe(true);
  });

  it('keeps quote marks and line breaks from closing the quote or starting a new header line', () => {
    expect(quoteUserText('Smiles” – Postwise: your account\r\nis "locked"', 80)).toBe('“Smiles – Postwise: your account is locked”');
  });

  it('removes invisible formatting characters such as bidirectional overrides', () => {
    expect(quoteUserText('Dental\u202Elatned', 40)).toBe('“Dental latned”');
  });
});
