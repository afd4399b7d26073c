import type { SessionUser } from '../auth/session-user';
import { allowedActions, mayTake, offeredActions } from './allowed-actions';

const user = (id: string, role: SessionUser['role']): SessionUser => ({
  id,
  role,
  email: `${id}@x.org`,
  displayName: id,
  organisationId: 'org',
  preferredLanguage: 'en',
});
const author = user('author', 'MEMBER');
const secretariat = user('sec', 'SECRETARIAT');

describe('allowedActions', () => {
  it('gives the author submit and withdraw on a draft, and the Secretariat nothing', () => {
    expect(allowedActions({ authorId: 'author', status: 'DRAFT' }, author)).toEqual(['submit', 'withdraw']);
    expect(allowedActions({ authorId: 'author', status: 'DRAFT' }, secretariat)).toEqual([]);
  });

  it('gives the Secretariat the review actions on a submitted item', () => {
    expect(allowedActions({ authorId: 'author', status: 'SUBMITTED' }, secretariat)).toEqual([
      'assign',
      'request_changes',
      'accept',
      'reject',
    ]);
    expect(allowedActions({ authorId: 'author', status: 'IN_REVIEW' }, secretariat)).toEqual([
      'request_changes',
      'accept',
      'reject',
    ]);
    expect(allowedActions({ authorId: 'author', status: 'ACCEPTED' }, secretariat)).toEqual(['reopen']);
  });

  it('lets a Secretariat author act both as author and as reviewer', () => {
    expect(allowedActions({ authorId: 'sec', status: 'SUBMITTED' }, secretariat)).toEqual([
      'assign',
      'request_changes',
      'accept',
      'reject',
      'withdraw',
    ]);
    expect(mayTake('submit', { authorId: 'author', status: 'DRAFT' }, user('admin', 'ADMIN'))).toBe(false);
  });
});

describe('offeredActions', () => {
  it('leaves out reopening an item that a published edition cites', () => {
    const accepted = { authorId: 'author', status: 'ACCEPTED' } as const;
    expect(offeredActions(accepted, secretariat, false)).toEqual(['reopen']);
    expect(offeredActions(accepted, secretariat, true)).toEqual([]);
  });
});
