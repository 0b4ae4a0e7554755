import { afterEach, describe, expect, it, vi } from 'vitest';
import { externalCpdInputSchema } from './cpd-entry-schemas';

const entry = (completedOn: string) => ({ title: 'Radiography update', provider: 'Deanery', completedOn, hours: '1', outcomes: ['C'], reflectionDone: null, sharedWithPractice: null });

afterEach(() => {
  vi.useRealTimers();
});

describe('external CPD dates on the UK calendar', () => {
  it('accepts today at 00:30 BST on 1 August, while it is still 31 July in UTC', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-31T23:30:00Z'));
    expect(externalCpdInputSchema.safeParse(entry('2026-08-01')).success).toBe(true);
  });

  it('refuses tomorrow as in the future', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-31T23:30:00Z'));
    const result = externalCpdInputSchema.safeParse(entry('2026-08-02'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('The completion date cannot be in the future.');
  });

  it('accepts 1 January just after midnight', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-01T00:00:30Z'));
    expect(externalCpdInputSchema.safeParse(entry('2027-01-01')).success).toBe(true);
  });
});
