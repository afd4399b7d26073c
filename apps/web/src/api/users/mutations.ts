import { routes, type TCreateUser, type TMe, type TUpdateUser } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '../auth/keys';
import { apiRequest } from '../client';
import { organisationKeys } from '../organisations/keys';
import { userKeys } from './keys';

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateUser) => apiRequest(routes.createUser, { body }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
      ]);
    },
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TUpdateUser }) =>
      apiRequest(routes.updateUser, { params: { id }, body: changes }),
    onSuccess: async (user) => {
      const me = queryClient.getQueryData<TMe | null>(authKeys.me());
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        // Organisations show how many users they have.
        queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
        // An administrator changing their own role changes what they may see.
        me?.id === user.id ? queryClient.invalidateQueries({ queryKey: authKeys.all }) : undefined,
      ]);
    },
  });
}
