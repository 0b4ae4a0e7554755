import { describe, expect, it } from 'vitest';
import { instantOfStoredText } from './stored-instant';

describe('instantOfStoredText', () => {
  it("reads PostgreSQL's zoneless timestamp text and SQLite's ISO text as the same instant", () => {
    const instant = '2026-12-01T12:00:02.500Z';
    for (const text of ['2026-12-01 12:00:02.5', '2026-12-01 12:00:02.500', '2026-12-01T12:00:02.500+00:00', '2026-12-01T12:00:02.500Z', '2026-12-01 13:00:02.5+01', String(Date.parse(instant))]) {
      expect(instantOfStoredText(text).toISOString(), text).toBe(instant);
    }
    expect(instantOfStoredText('2026-06-10 23:59:59').toISOString()).toBe('2026-06-10T23:59:59.000Z');
  });

  it('refuses text that is not an instant', () => {
    for (const text of ['', 'soon', '2026-13-45 99:00:00', '2026-12-01']) expect(() => instantOfStoredText(text), text).toThrow(RangeError);
  });
});
