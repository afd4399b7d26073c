import { loadConfig } from '../config/config';
import { SessionCache, type LiveSession } from './session-cache';

const live: LiveSession = {
  user: {
    id: 'u1',
    email: 'member@example.org',
    displayName: 'Member',
    role: 'MEMBER',
    organisationId: 'o1',
    preferredLanguage: 'en',
  },
  lastSeenAt: new Date(),
};
const cacheFor = (milliseconds: string) =>
  new SessionCache(loadConfig({ DATABASE_URL: 'postgresql://localhost/x', SESSION_CACHE_MS: milliseconds }));

describe('SessionCache', () => {
  it('answers concurrent and following requests of a session with one database lookup', async () => {
    const cache = cacheFor('2000');
    const load = jest.fn(async () => live);
    const answers = await Promise.all([cache.lookup('s1', load), cache.lookup('s1', load)]);
    await cache.lookup('s1', load);
    expect(answers).toEqual([live, live]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not remember a session that is unknown or whose lookup failed', async () => {
    const cache = cacheFor('2000');
    const unknown = jest.fn(async () => null);
    await cache.lookup('s1', unknown);
    await cache.lookup('s1', unknown);
    expect(unknown).toHaveBeenCalledTimes(2);
    const failing = jest.fn(async (): Promise<LiveSession> => Promise.reject(new Error('database down')));
    await expect(cache.lookup('s2', failing)).rejects.toThrow('database down');
    await expect(cache.lookup('s2', async () => live)).resolves.toBe(live);
  });

  it('looks every session up again after a change to sessions or users', async () => {
    const cache = cacheFor('2000');
    const load = jest.fn(async () => live);
    await cache.lookup('s1', load);
    cache.invalidate();
    await expect(cache.lookup('s1', async () => null)).resolves.toBeNull();
  });

  it('asks the database on every request when SESSION_CACHE_MS is 0', async () => {
    const cache = cacheFor('0');
    const load = jest.fn(async () => live);
    await cache.lookup('s1', load);
    await cache.lookup('s1', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
