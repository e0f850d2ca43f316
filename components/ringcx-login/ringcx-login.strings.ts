import { errorStrings, type ErrorStrings } from '../shared/messages.js';
import { ringCentralStrings, type RingCentralStrings } from './ringcentral-sign-in.js';

/** The words of `<ringcx-login>`. */
export interface LoginStrings extends ErrorStrings, RingCentralStrings {
  title: string;
  formLabel: string;
  username: string;
  password: string;
  platformId: string;
  /** The password toggle's name; its pressed state says whether the password shows. */
  showPassword: string;
  signIn: string;
  signingIn: string;
  signOut: string;
  signedInAs: string;
  onPlatform: string;
  loading: string;
  credentialsRejected: string;
  sessionExpired: string;
  missingUsername: string;
  missingPassword: string;
  usernameTooLong: string;
  passwordTooLong: string;
  missingPlatformId: string;
  invalidPlatformId: string;
  signedIn: string;
  signedOut: string;
}

export const loginStrings: LoginStrings = {
  ...errorStrings,
  ...ringCentralStrings,
  title: 'Sign in to RingCX',
  formLabel: 'Sign in to RingCX',
  username: 'Email or username',
  password: 'Password',
  platformId: 'Platform ID',
  showPassword: 'Show password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  onPlatform: 'Platform',
  loading: 'Loading…',
  credentialsRejected: 'Those sign-in details were not accepted. Check them and try again.',
  sessionExpired: 'Your session has ended. Sign in again.',
  missingUsername: 'Enter your email or username.',
  missingPassword: 'Enter your password.',
  usernameTooLong: 'That username is too long.',
  passwordTooLong: 'That password is too long.',
  missingPlatformId: 'Enter your platform ID.',
  invalidPlatformId: 'Enter a valid platform ID (letters, digits, ".", ":", "_" or "-").',
  signedIn: 'You are signed in.',
  signedOut: 'You have signed out.',
};
