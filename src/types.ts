// Shapes of the RingCX API (see test/contract/ringcx-api.contract.json, written from RingCentral's
// published reference). Every field is optional there; we type the ones the client and the
// elements read, and keep the rest open.

/** An agent record inside a login response (`AgentV2` in the spec). */
export interface AgentV2 {
  agentId?: number;
  firstName?: string;
  lastName?: string;
  email?: string;
  username?: string;
  accountId?: string;
  accountName?: string;
  agentType?: string;
  rcUserId?: number;
  [field: string]: unknown;
}

/** A RingEX user (`Contact` in the spec). */
export interface Contact {
  firstName?: string;
  lastName?: string;
  email?: string;
  company?: string;
  [field: string]: unknown;
}

/** What login, the RingEX exchange and refresh answer (`AccessTokenUserDetails`). */
export interface AccessTokenUserDetails {
  accessToken?: string;
  refreshToken?: string | null;
  tokenType?: string;
  mainAccountId?: string;
  platformId?: string;
  adminId?: number;
  adminUrl?: string;
  agentUrl?: string;
  analyticsUrl?: string;
  iqUrl?: string;
  ssoLogin?: boolean;
  agentDetails?: AgentV2[];
  rcUser?: Contact;
  redirectUrl?: string;
  port?: number;
  [field: string]: unknown;
}

/** The main account an account belongs to (`MainAccount`). */
export interface MainAccount {
  mainAccountId?: string;
  mainAccountName?: string;
  [field: string]: unknown;
}

/**
 * An account the admin can reach (`Account`, about 85 fields). The list is flat: the rows are
 * sub-accounts, grouped by `mainAccountId`. Some fields are secrets (`crmPwd`, `ftpPwd`,
 * `securityKey`, `phoneRecordingPin`) and must never be displayed.
 */
export interface Account {
  accountId: string;
  accountName?: string;
  mainAccountId?: string;
  mainAccountName?: string;
  mainAccount?: MainAccount;
  archivedAccount?: boolean;
  /** A timezone number (`int32` in the spec), not a zone name. */
  primaryTimezone?: number;
  [field: string]: unknown;
}

/** The spec's error body (`Errors`); docs examples also carry `errorCode`. */
export interface ApiErrorBody {
  generalMessage?: string;
  details?: string;
  developerMessage?: string;
  cause?: string;
  requestUri?: string;
  timestamp?: number;
  errorCode?: string;
  validationErrors?: Array<{ attributeName?: string; message?: string; value?: string }>;
}
