/** What other pages tell the sign-in page through the router's location state. */
export interface SignInState {
  /** Where to go back to after signing in. */
  from?: string;
  notice?: 'passwordReset' | 'accountReady' | 'signedOut';
}
