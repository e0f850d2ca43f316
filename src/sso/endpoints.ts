// Where the flow sends the user and its requests, from the options the element and client take.
import { RingCentralSignInError } from './errors.js';

/** RingCentral's production server. */
export const DEFAULT_RINGCENTRAL_SERVER = 'https://platform.ringcentral.com';

export interface EndpointOptions {
  /** The RingCentral app's client ID (a client-side app with PKCE). */
  clientId: string;
  /** @default 'https://platform.ringcentral.com' */
  server?: string;
  /**
   * Where RingCentral sends the user back; must be listed for the app, exactly.
   * @default this page's origin and path
   */
  redirectUri?: string;
  /**
   * The consent page. Only mocks and test setups change it.
   * @default `${server}/restapi/oauth/authorize`
   */
  authorizeUrl?: string;
}

export interface Endpoints {
  clientId: string;
  redirectUri: string;
  authorize: string;
  token: string;
  revoke: string;
}

/** Checked, absolute endpoints; RingCentralSignInError('invalid-options') when an option is wrong. */
export function endpointsFor(options: EndpointOptions): Endpoints {
  const clientId = typeof options.clientId === 'string' ? options.clientId.trim() : '';
  if (!clientId) throw new RingCentralSignInError('invalid-options', { message: 'Set the RingCentral app’s client ID.' });
  const server = httpUrl(options.server ?? DEFAULT_RINGCENTRAL_SERVER, 'server');
  const base = server.href.replace(/\/+$/, '');
  const redirect = httpUrl(options.redirectUri ?? `${location.origin}${location.pathname}`, 'redirect URI');
  if (redirect.hash) {
    throw new RingCentralSignInError('invalid-options', { message: 'The redirect URI must not have a #fragment.' });
  }
  return {
    clientId,
    redirectUri: redirect.href,
    authorize: httpUrl(options.authorizeUrl ?? `${base}/restapi/oauth/authorize`, 'authorize URL').href,
    token: `${base}/restapi/oauth/token`,
    revoke: `${base}/restapi/oauth/revoke`,
  };
}

/** The consent page's URL for one sign-in; a query already on the page's URL is kept. */
export function authorizeUrl(endpoints: Endpoints, state: string, challenge: string): string {
  const url = new URL(endpoints.authorize);
  const params = {
    response_type: 'code',
    client_id: endpoints.clientId,
    redirect_uri: endpoints.redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

function httpUrl(value: unknown, label: string): URL {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' && value.trim() ? new URL(value.trim(), location.href) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new RingCentralSignInError('invalid-options', { message: `The RingCentral ${label} is not an http(s) URL.` });
  }
  return url;
}
