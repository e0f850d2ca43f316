// The public surface: exactly what the README documents. Everything else is internal.
export { RingCxClient, DEFAULT_BASE_URL } from './client.js';
export type { RingCentralSignInResult } from './client.js';
export { openSignInWindow } from './sso/popup-window.js';
export { isRingCentralSignInError, isSignInCancelled } from './sso/guards.js';
export type { RingCentralSignInError, RingCentralSignInReason } from './sso/errors.js';
export type { RingExToken } from './sso/token.js';
export { getDefaultClient, setDefaultClient } from './default-clients.js';
export { groupAccounts } from './accounts.js';
export type { AccountGroup } from './accounts.js';
export { maskToken } from './redact.js';
export { createIndexedDbStore, createMemoryStore, createSessionStorageStore } from './store.js';
export { RingCxError, isRingCxError } from './errors/ringcx-error.js';
export type { RingCxErrorKind, RingCxErrorOptions } from './errors/ringcx-error.js';
export { HttpError } from './errors/http-error.js';
export type { HttpErrorDetails } from './errors/http-error.js';
export { RateLimitError } from './errors/rate-limit-error.js';
export { SessionExpiredError } from './errors/session-expired-error.js';
export { NetworkError } from './errors/network-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { InvalidInputError } from './errors/invalid-input-error.js';
export { ResponseFormatError } from './errors/response-format-error.js';
export { RedirectError } from './errors/redirect-error.js';
export type {
  AccessTokenUserDetails,
  Account,
  AgentV2,
  ApiErrorBody,
  CallOptions,
  Contact,
  Credentials,
  MainAccount,
  Persistence,
  RingCentralSignInOptions,
  RingCxClientOptions,
  SessionChange,
  SessionChangeReason,
  SessionListener,
  SessionStore,
  SessionSummary,
  SessionUser,
  SignInMethod,
} from './types.js';
