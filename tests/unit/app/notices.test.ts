import { describe, expect, it } from 'vitest';
import { noticeFrom, notices } from '@/lib/forms/notices';

describe('noticeFrom', () => {
  it('shows the message of a known notice key', () => {
    expect(noticeFrom({ notice: 'cpd-entry-added' })).toBe(notices['cpd-entry-added']);
  });

  it('never shows text taken from the URL', () => {
    const lie = 'Your account is locked. Call 0800 000 000 to unlock it.';
    expect(noticeFrom({ notice: lie })).toBeNull();
    expect(noticeFrom({ notice: [lie] })).toBeNull();
    expect(noticeFrom({ notice: 'toString' })).toBeNull();
    expect(noticeFrom({})).toBeNull();
  });
});
