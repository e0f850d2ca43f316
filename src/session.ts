import { accessTokenExpiry } from './jwt.js';
import type { AccessTokenUserDetails, SessionSummary, SessionUser, SignInMethod } from './types.js';

export type { SessionSummary, SessionUser };

/** The stored record's format; a record of another version is discarded. */
export const SESSION_FORMAT = 1;

/** A signed-in RingCX session, as the client keeps it. Never holds the password. */
export interface Session {
  format: typeof SESSION_FORMAT;
  /** The base URL the session belongs to, resolved to an absolute URL. */
  baseUrl: string;
  accessToken: string;
  /** Null after a RingEX exchange without refresh; such a session ends with its access token. */
  refreshToken: string | null;
  /** When the access token expires (ms since the epoch, this machine's clock); undefined if unknown. */
  expiresAt: number | undefined;
  platformId: string;
  mainAccountId: string | undefined;
  adminId: number | undefined;
  user: SessionUser;
  ssoLogin: boolean;
  /** How the session began; records stored before this field existed read as 'password'. */
  method?: SignInMethod;
}

const METHODS: readonly (SignInMethod | undefined)[] = ['password', 'ringcentral', 'ringex-token', undefined];

/** Builds a session from a login, exchange or refresh answer. */
export function sessionFrom(
  details: AccessTokenUserDetails & { accessToken: string },
  context: {
    baseUrl: string;
    receivedAt: number;
    platformId?: string | undefined;
    username?: string | undefined;
    method?: SignInMethod | undefined;
    previous?: Session | undefined;
  },
): Session {
  const { previous } = context;
  const contact = details.rcUser ?? {};
  const agent = details.agentDetails?.[0] ?? {};
  const user: SessionUser = previous?.user ?? {
    ...pickString('firstName', contact.firstName ?? agent.firstName),
    ...pickString('lastName', contact.lastName ?? agent.lastName),
    ...pickString('email', contact.email ?? agent.email),
    ...pickString('username', context.username ?? agent.username),
  };
  return {
    format: SESSION_FORMAT,
    baseUrl: context.baseUrl,
    accessToken: details.accessToken,
    refreshToken: typeof details.refreshToken === 'string' && details.refreshToken !== '' ? details.refreshToken : null,
    expiresAt: accessTokenExpiry(details.accessToken, context.receivedAt),
    platformId: stringOr(details.platformId, previous?.platformId ?? context.platformId ?? ''),
    mainAccountId: stringOr(details.mainAccountId, previous?.mainAccountId) || undefined,
    adminId: typeof details.adminId === 'number' ? details.adminId : previous?.adminId,
    user,
    ssoLogin: details.ssoLogin === true || (previous?.ssoLogin ?? false),
    method: context.method ?? previous?.method ?? 'password',
  };
}

/** Reads a stored record; anything corrupt, of another format or for another base URL gives undefined. */
export function readStoredSession(value: unknown, baseUrl: string): Session | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Partial<Session>;
  const valid =
    record.format === SESSION_FORMAT &&
    record.baseUrl === baseUrl &&
    typeof record.accessToken === 'string' &&
    record.accessToken !== '' &&
    (record.refreshToken === null || typeof record.refreshToken === 'string') &&
    (record.expiresAt === undefined || typeof record.expiresAt === 'number') &&
    typeof record.platformId === 'string' &&
    record.user !== null &&
    typeof record.user === 'object';
  if (!valid) return undefined;
  // An unknown method (a newer or forged record) is not passed on.
  return METHODS.includes(record.method as SignInMethod) ? (record as Session) : { ...(record as Session), method: undefined };
}

/** The session without its tokens. */
export function summarize(session: Session): SessionSummary {
  const { user } = session;
  const fullName = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return {
    user: { ...user },
    displayName: fullName || user.email || user.username || '',
    platformId: session.platformId,
    mainAccountId: session.mainAccountId,
    expiresAt: session.expiresAt,
    ssoLogin: session.ssoLogin,
    method: session.method ?? 'password',
  };
}

function pickString<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value !== '' ? ({ [key]: value } as Record<K, string>) : {};
}

function stringOr(value: unknown, fallback: string): string;
function stringOr(value: unknown, fallback: string | undefined): string | undefined;
function stringOr(value: unknown, fallback: string | undefined): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return fallback;
}
