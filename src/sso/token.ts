// RingCentral's token and revoke endpoints, for a public client (PKCE, no client secret). Plain
// fetch, so the lazily loaded flow does not pull the RingCX client's transport in.
import { RingCentralSignInError, reasonFor } from './errors.js';

/** What RingCentral's token endpoint answers, in camelCase. Handed to the page only with `keepToken`. */
export interface RingExToken {
  accessToken: string;
  tokenType: string;
  /** Seconds. */
  expiresIn: number | undefined;
  refreshToken: string | undefined;
  /** Seconds. */
  refreshTokenExpiresIn: number | undefined;
  scope: string | undefined;
  ownerId: string | undefined;
  endpointId: string | undefined;
}

export interface TokenRequest {
  /** `{server}/restapi/oauth/token` */
  endpoint: string;
  clientId: string;
  redirectUri: string;
  code: string;
  verifier: string;
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch | undefined;
}

/** Trades the authorization code for a RingEX token. */
export async function requestToken(request: TokenRequest): Promise<RingExToken> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: request.code,
    redirect_uri: request.redirectUri,
    client_id: request.clientId,
    code_verifier: request.verifier,
  });
  const response = await post(request.endpoint, body, request.signal, request.fetch);
  const data = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!response.ok) {
    const error = typeof data?.error === 'string' ? data.error : undefined;
    const description = typeof data?.error_description === 'string' ? data.error_description : undefined;
    throw new RingCentralSignInError(reasonFor(error, description), { oauthError: error, status: response.status });
  }
  if (typeof data?.access_token !== 'string' || !data.access_token) {
    throw new RingCentralSignInError('server', { status: response.status });
  }
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
  const seconds = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  return {
    accessToken: data.access_token,
    tokenType: text(data.token_type) ?? 'bearer',
    expiresIn: seconds(data.expires_in),
    refreshToken: text(data.refresh_token),
    refreshTokenExpiresIn: seconds(data.refresh_token_expires_in),
    scope: text(data.scope),
    ownerId: text(data.owner_id),
    endpointId: text(data.endpoint_id),
  };
}

/** Revokes a RingEX token, best effort: true when RingCentral said yes. Never throws. */
export async function revokeToken(endpoint: string, token: string, fetchFn?: typeof fetch): Promise<boolean> {
  try {
    return (await post(endpoint, new URLSearchParams({ token }), undefined, fetchFn)).ok;
  } catch {
    return false;
  }
}

async function post(endpoint: string, body: URLSearchParams, signal?: AbortSignal, fetchFn = globalThis.fetch): Promise<Response> {
  try {
    return await fetchFn(endpoint, {
      method: 'POST',
      body,
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // The browser's own error names no secret (the body is not in it); keep it as the cause.
    throw new RingCentralSignInError('network', { cause: error });
  }
}
