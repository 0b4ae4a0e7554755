import { describe, expect, it } from 'vitest';
import { endSentence } from './end-sentence';

describe('endSentence', () => {
  it('adds a full stop only where the words do not already end a sentence', () => {
    expect(endSentence('Issued in error')).toBe('Issued in error.');
    expect(endSentence('Issued in error: the practice reported a shared account.')).toBe('Issued in error: the practice reported a shared account.');
    expect(endSentence('Shared account!')).toBe('Shared account!');
    expect(endSentence('Was it shared?')).toBe('Was it shared?');
    expect(endSentence('Reported as “shared.”')).toBe('Reported as “shared.”');
    expect(endSentence('See the audit (case 12.)')).toBe('See the audit (case 12.)');
    expect(endSentence('  trailing space  ')).toBe('trailing space.');
  });
});
