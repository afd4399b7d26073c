import type { TMe } from '@srt/contracts';
import { createContext, useContext } from 'react';

export const SignedInUserContext = createContext<TMe | null>(null);

/** The user of the signed-in area; the route guard guarantees there is one. */
export function useSignedInUser(): TMe {
  const me = useContext(SignedInUserContext);
  if (!me) throw new Error('useSignedInUser is only available below RequireSignedIn.');
  return me;
}
