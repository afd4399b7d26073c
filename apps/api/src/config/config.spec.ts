import { ConfigError, cookieIsSecure, loadConfig } from './config';

const base = { DATABASE_URL: 'postgresql://user:secret@localhost:5432/db' };

describe('loadConfig', () => {
  it('applies defaults for everything optional', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      PORT: 3000,
      SESSION_IDLE_MINUTES: 120,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_WINDOW_MINUTES: 15,
    });
  });

  it('names the variable and the bad value in one line', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT .*got "eighty"\)\.$/);
    expect(() => loadConfig({ ...base, SMTP_URL: 'mail.example.org' })).toThrow(/SMTP_URL/);
  });

  it('says when a required variable is missing', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL .*it is not set/);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ ...base, PORT: '' }).PORT).toBe(3000);
  });

  it('marks cookies Secure behind https or when told to', () => {
    expect(cookieIsSecure(loadConfig(base))).toBe(false);
    expect(cookieIsSecure(loadConfig({ ...base, PUBLIC_URL: 'https://tracker.example.org' }))).toBe(true);
    expect(cookieIsSecure(loadConfig({ ...base, COOKIE_SECURE: 'true' }))).toBe(true);
  });
});
