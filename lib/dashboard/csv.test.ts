import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes fields holding commas, quotes and line breaks, and ends every record with CRLF', () => {
    expect(toCsv([['name', 'note'], ['Ann, B', 'said "hi"\nthen left']])).toBe(
      'name,note\r\n"Ann, B","said ""hi""\nthen left"\r\n',
    );
  });

  it('leaves plain values and numbers alone and writes empty cells for missing values', () => {
    expect(toCsv([['Ann', 3, null, undefined, true]])).toBe('Ann,3,,,true\r\n');
  });

  it('writes dates as ISO 8601', () => {
    expect(csvCell(new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '＝1+1'])(
    'neutralises text that a spreadsheet would run as a formula: %s',
    (value) => {
      const cell = csvCell(value);
      expect(cell.startsWith('"\'')).toBe(true);
      expect(cell).toContain(value.replaceAll('"', '""'));
    },
  );

  it('keeps negative numbers numeric, since they come from our own counts, not from users', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});
