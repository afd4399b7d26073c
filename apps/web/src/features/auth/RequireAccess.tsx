import type { Access } from '@srt/contracts';
import type { ReactNode } from 'react';
import { mayUse } from './access';
import { NotAllowedPage } from './NotAllowedPage';
import { useSignedInUser } from './signed-in-user';

/** Shows a page only to the roles that may use it; the others learn that they are not allowed. */
export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const me = useSignedInUser();
  return mayUse(me.role, access) ? children : <NotAllowedPage />;
}
