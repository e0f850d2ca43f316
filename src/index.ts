export { RingCxClient, DEFAULT_BASE_URL } from './client.js';
export type {
  RingCxClientOptions,
  CallOptions,
  Credentials,
  SessionChange,
  SessionChangeReason,
  SessionListener,
} from './client.js';
export { getDefaultClient, setDefaultClient } from './default-clients.js';
export { groupAccounts } from './accounts.js';
export type { AccountGroup } from './accounts.js';
export { maskToken } from './redact.js';
export { summarize } from './session.js';
export type { Session, SessionSummary, SessionUser } from './session.js';
export {
  createIndexedDbStore,
  createMemoryStore,
  createSessionStorageStore,
  storeFor,
} from './store.js';
export type { SessionStore, Persistence } from './store.js';
export { parseTokenList, parseCreatedToken, parseDeleteAnswer, parseAccounts, parseUserDetails } from './parse.js';
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
export type { Account, AccessTokenUserDetails, AgentV2, Contact, MainAccount, ApiErrorBody } from './types.js';
