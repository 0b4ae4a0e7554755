import { describe, expect, it } from 'vitest';
import { canonicalForwardedHeaders, resolveClientAddress, rewriteForwardedHeaders } from './forwarded-headers';

describe('resolveClientAddress', () => {
  it('uses the socket and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(resolveClientAddress({ socketAddress: '198.51.100.9', forwardedFor: '203.0.113.1', trustedProxies: 0 })).toBe('198.51.100.9');
  });

  it('takes the address the trusted proxy appended, not what the client wrote before it', () => {
    for (const spoofed of ['1.1.1.1', '1.1.1.1, 2.2.2.2', 'garbage']) {
      expect(resolveClientAddress({ socketAddress: '10.0.0.2', forwardedFor: `${spoofed}, 198.51.100.9`, trustedProxies: 1 })).toBe(
        '198.51.100.9',
      );
    }
  });

  it('counts hops across several X-Forwarded-For headers and several proxies', () => {
    expect(resolveClientAddress({ socketAddress: '10.0.0.3', forwardedFor: ['9.9.9.9, 198.51.100.9', '10.0.0.2'], trustedProxies: 2 })).toBe(
      '198.51.100.9',
    );
  });

  it('falls back to the leftmost hop when there are fewer hops than proxies, and to the socket without a header', () => {
    expect(resolveClientAddress({ socketAddress: '10.0.0.2', forwardedFor: '198.51.100.9', trustedProxies: 3 })).toBe('198.51.100.9');
    expect(resolveClientAddress({ socketAddress: '10.0.0.2', forwardedFor: undefined, trustedProxies: 1 })).toBe('10.0.0.2');
  });

  it('treats an IPv4-mapped IPv6 socket address as the IPv4 address', () => {
    expect(resolveClientAddress({ socketAddress: '::ffff:127.0.0.1', forwardedFor: undefined, trustedProxies: 0 })).toBe('127.0.0.1');
  });
});

describe('canonicalForwardedHeaders', () => {
  it('names the configured public origin, never what the request claimed', () => {
    expect(canonicalForwardedHeaders({ clientAddress: '198.51.100.9', publicOrigin: 'https://cpd.example.org' })).toEqual({
      'x-forwarded-for': '198.51.100.9',
      'x-forwarded-host': 'cpd.example.org',
      'x-forwarded-proto': 'https',
    });
  });
});

describe('rewriteForwardedHeaders', () => {
  it('leaves no header the client wrote to name its address, host or protocol', () => {
    const headers: Record<string, string | string[] | undefined> = {
      host: 'evil.example',
      'x-forwarded-for': '1.2.3.4',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      'x-real-ip': '5.6.7.8',
      forwarded: 'for=9.9.9.9;host=evil.example',
    };
    rewriteForwardedHeaders(headers, { socketAddress: '198.51.100.9', trustedProxies: 0, publicOrigin: 'http://localhost:3000' });
    expect(headers).toEqual({
      host: 'evil.example',
      'x-forwarded-for': '198.51.100.9',
      'x-forwarded-host': 'localhost:3000',
      'x-forwarded-proto': 'http',
    });
  });
});
