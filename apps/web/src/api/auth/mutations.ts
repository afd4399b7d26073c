import {
  routes,
  type TLanguage,
  type TLoginRequest,
  type TPasswordResetConfirm,
  type TPasswordResetRequest,
} from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../client';
import { forgetSessionData } from '../query-client';
import { authKeys } from './keys';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginRequest) => apiRequest(routes.login, { body }),
    onSuccess: (me) => {
      forgetSessionData(queryClient);
      queryClient.setQueryData(authKeys.me(), me);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiRequest(routes.logout);
      } catch (error) {
        // A session that has already ended is as signed out as it gets.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      queryClient.setQueryData(authKeys.me(), null);
      forgetSessionData(queryClient);
    },
  });
}

export function useUpdateLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferredLanguage: TLanguage) => apiRequest(routes.updateMe, { body: { preferredLanguage } }),
    onSuccess: (me) => queryClient.setQueryData(authKeys.me(), me),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: TPasswordResetRequest) => apiRequest(routes.requestPasswordReset, { body }),
  });
}

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TPasswordResetConfirm) => apiRequest(routes.confirmPasswordReset, { body }),
    // Setting a password ends every session of that account, possibly this one.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.all }),
  });
}
