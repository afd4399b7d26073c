import { metricsAccessAllowed } from './metrics-access';

const TOKEN = 'a-metrics-token-of-at-least-32-characters';
const remote = { remoteAddress: '192.0.2.10', headers: {} };

describe('metricsAccessAllowed', () => {
  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1'])('lets a caller on loopback (%s) in without a token', (address) => {
    expect(metricsAccessAllowed({ remoteAddress: address, headers: {} }, undefined)).toBe(true);
  });

  it('refuses a remote caller without a token, with a wrong one, and when no token is configured', () => {
    expect(metricsAccessAllowed(remote, TOKEN)).toBe(false);
    expect(metricsAccessAllowed({ ...remote, headers: { authorization: `Bearer ${TOKEN}x` } }, TOKEN)).toBe(false);
    expect(metricsAccessAllowed({ ...remote, headers: { authorization: `Basic ${TOKEN}` } }, TOKEN)).toBe(false);
    expect(metricsAccessAllowed({ ...remote, headers: { authorization: 'Bearer ' } }, undefined)).toBe(false);
    expect(metricsAccessAllowed({ remoteAddress: undefined, headers: {} }, undefined)).toBe(false);
  });

  it('lets a remote caller with the configured bearer token in', () => {
    expect(metricsAccessAllowed({ ...remote, headers: { authorization: `Bearer ${TOKEN}` } }, TOKEN)).toBe(true);
  });

  it.each(['x-forwarded-for', 'forwarded', 'x-real-ip'])(
    'counts a request a proxy on loopback passed on (%s) as remote',
    (header) => {
      const proxied = { remoteAddress: '127.0.0.1', headers: { [header]: '203.0.113.5' } };
      expect(metricsAccessAllowed(proxied, TOKEN)).toBe(false);
      expect(
        metricsAccessAllowed({ ...proxied, headers: { ...proxied.headers, authorization: `Bearer ${TOKEN}` } }, TOKEN),
      ).toBe(true);
    },
  );

  it('does not take the address from X-Forwarded-For', () => {
    expect(metricsAccessAllowed({ ...remote, headers: { 'x-forwarded-for': '127.0.0.1' } }, undefined)).toBe(false);
  });
});
