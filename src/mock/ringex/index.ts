// The mock RingEX (RingCentral) OAuth server for single sign-on: msw handlers for the token and
// revoke endpoints of a PKCE public client, and the RingEX access tokens they issued, which the
// mock RingCX's exchange accepts. The consent page is static (public/ringex-mock/authorize.html):
// msw does not see navigations, see code.ts.
import { http, type RequestHandler } from 'msw';
import { opaqueToken } from '../jwt.js';
import { json } from '../routes.js';
import { readMockCode, s256 } from './code.js';

export { issueMockCode, readMockCode, MOCK_CODE_KEY } from './code.js';
export type { MockGrant } from './code.js';

/** The client ID of the demo's RingCentral app. */
export const DEMO_RC_CLIENT_ID = 'ringcx-elements-demo';

/** Where the consent page is in the demo (Vite serves public/ at the root). */
export const MOCK_AUTHORIZE_PATH = '/ringex-mock/authorize.html';

export interface MockRingExApp {
  clientId: string;
  /** The registered redirect URIs; the token request's must be one of them, exactly. */
  redirectUris: string[];
}

export interface MockRingExOptions {
  /** @default 'https://platform.ringcentral.com' */
  server?: string;
  /** @default one app, DEMO_RC_CLIENT_ID, with `${location.origin}/` as its redirect URI */
  apps?: MockRingExApp[];
  /** Access-token lifetime in seconds. @default 3600 */
  accessTokenLifetime?: number;
}

export interface MockRingExRequest {
  operation: 'token' | 'revoke';
  url: string;
  body: string;
}

export interface MockRingEx {
  readonly handlers: RequestHandler[];
  /** Every request to the token and revoke endpoints, in order. */
  readonly requests: MockRingExRequest[];
  /** True for a RingEX access token this mock issued that is neither revoked nor expired. */
  isAccessToken(token: string): boolean;
  /** Forgets issued tokens, used codes and the request log. */
  reset(): void;
}

/** Creates a mock RingEX OAuth server; every call has its own state. */
export function createMockRingEx(options: MockRingExOptions = {}): MockRingEx {
  const server = new URL(options.server ?? 'https://platform.ringcentral.com', globalThis.location?.origin).href.replace(/\/+$/, '');
  const apps = options.apps ?? [{ clientId: DEMO_RC_CLIENT_ID, redirectUris: [`${globalThis.location?.origin}/`] }];
  const lifetimeMs = (options.accessTokenLifetime ?? 3600) * 1000;
  const accessTokens = new Map<string, number>();
  const refreshTokens = new Set<string>();
  const usedCodes = new Set<string>();
  const requests: MockRingExRequest[] = [];

  const oauthError = (status: number, error: string, description: string) =>
    json({ error, error_description: description }, status);

  async function token(form: URLSearchParams): Promise<Response> {
    if (form.get('grant_type') !== 'authorization_code') {
      return oauthError(400, 'unsupported_grant_type', 'Only authorization_code is supported');
    }
    const clientId = form.get('client_id') ?? '';
    const app = apps.find((a) => a.clientId === clientId);
    if (!app) return oauthError(401, 'invalid_client', 'Unknown client_id');
    const redirectUri = form.get('redirect_uri') ?? '';
    if (!app.redirectUris.includes(redirectUri)) {
      return oauthError(400, 'invalid_request', 'The redirect_uri is not registered for this app');
    }
    const grant = await readMockCode(form.get('code') ?? '');
    if (!grant || grant.x < Date.now()) return oauthError(400, 'invalid_grant', 'Invalid or expired authorization code');
    // Single use: a code presented once is spent, whatever the outcome (as RFC 6749 asks).
    if (usedCodes.has(grant.n)) return oauthError(400, 'invalid_grant', 'The authorization code was already used');
    usedCodes.add(grant.n);
    if (grant.c !== clientId) return oauthError(400, 'invalid_grant', 'The code was issued to another client');
    if (grant.r !== redirectUri) return oauthError(400, 'invalid_grant', 'The code was issued for another redirect_uri');
    const verifier = form.get('code_verifier') ?? '';
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || (await s256(verifier)) !== grant.h) {
      return oauthError(400, 'invalid_grant', 'The code_verifier does not match the code_challenge');
    }
    const accessToken = `U0pDMDFQMDFQQVMwMXw${opaqueToken()}`;
    const refreshToken = opaqueToken();
    accessTokens.set(accessToken, Date.now() + lifetimeMs);
    refreshTokens.add(refreshToken);
    return json({
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: lifetimeMs / 1000,
      refresh_token: refreshToken,
      refresh_token_expires_in: 604800,
      scope: 'ReadAccounts',
      owner_id: '400001001',
      endpoint_id: opaqueToken().slice(0, 22),
    });
  }

  const form = async (request: Request) => new URLSearchParams(await request.clone().text());
  const log = async (operation: MockRingExRequest['operation'], request: Request) => {
    requests.push({ operation, url: request.url, body: await request.clone().text() });
  };

  const handlers = [
    http.post(`${server}/restapi/oauth/token`, async ({ request }) => {
      await log('token', request);
      return token(await form(request));
    }),
    // Like RFC 7009: an unknown token is also a success, so a client cannot probe tokens.
    http.post(`${server}/restapi/oauth/revoke`, async ({ request }) => {
      await log('revoke', request);
      const revoked = (await form(request)).get('token') ?? '';
      accessTokens.delete(revoked);
      refreshTokens.delete(revoked);
      return new Response(null, { status: 200 });
    }),
  ];

  return {
    handlers,
    requests,
    isAccessToken(candidate) {
      const expiresAt = accessTokens.get(candidate);
      return expiresAt !== undefined && Date.now() < expiresAt;
    },
    reset() {
      accessTokens.clear();
      refreshTokens.clear();
      usedCodes.clear();
      requests.length = 0;
    },
  };
}
