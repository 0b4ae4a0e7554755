import { describe, expect, it } from 'vitest';
import { uuidV5 } from './uuid-v5';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('matches the published test vector (python uuid.uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(uuidV5('python.org', DNS_NAMESPACE)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('is stable for a name and different across names', () => {
    expect(uuidV5('event:a', DNS_NAMESPACE)).toBe(uuidV5('event:a', DNS_NAMESPACE));
    expect(uuidV5('event:a', DNS_NAMESPACE)).not.toBe(uuidV5('event:b', DNS_NAMESPACE));
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/namespace/);
  });
});
