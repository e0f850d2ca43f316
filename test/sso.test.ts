// Sign in with RingCentral (src/sso/): the popup and redirect flows against the mock RingEX
// (src/mock/ringex/) and its static consent page (public/ringex-mock/authorize.html), in a real
// popup opened by a real click. Here the RingCX exchange is a stand-in that accepts only RingEX
// tokens the mock issued, so the flow is tested on its own; the whole path through the client and
// <ringcx-login> is in test/ringcx-login-sso.test.ts.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { createMockRingEx, issueMockCode } from '../src/mock/ringex/index.js';
import {
  completeRedirectSignIn,
  isRingCentralSignInError,
  isSignInCancelled,
  signInWithPopup,
  startRedirectSignIn,
  type RingCentralSignInError,
} from '../src/sso/flow.js';
import { openSignInWindow } from '../src/sso/popup-window.js';
import { ringCentralRedirectReturned } from '../src/sso/redirect-return.js';
import { PENDING_KEY } from '../src/sso/shared.js';
import { requestToken } from '../src/sso/token.js';
import { useMock } from './helpers/mock-server.js';

const CLIENT_ID = 'test-sso-app';
const RETURN = `${location.origin}/test/pages/sso-return.html`;
const CALLBACK = `${location.origin}/test/pages/sso-callback.html`;
const PAGE = `${location.origin}${location.pathname}`;
const AUTHORIZE = '/public/ringex-mock/authorize.html';
const SERVER = 'https://platform.ringcentral.com';

describe('Sign in with RingCentral (PKCE)', () => {
  const { worker } = useMock();
  const ringEx = createMockRingEx({ apps: [{ clientId: CLIENT_ID, redirectUris: [RETURN, CALLBACK, PAGE] }] });
  const startUrl = location.href;
  let exchanged: string[];
  let popups: Window[];
  let logged: string[];
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = consoleMethods.map((name) => console[name]);

  /** The RingCX side: accepts a RingEX token the mock issued, as the wired mock will. */
  async function exchange(rcAccessToken: string): Promise<{ displayName: string }> {
    exchanged.push(rcAccessToken);
    if (!ringEx.isAccessToken(rcAccessToken)) throw Object.assign(new Error('refused'), { status: 401 });
    return { displayName: 'Ada Admin' };
  }

  /** A real click on a real button, whose handler opens the popup inside the user gesture. */
  async function clickToOpen(): Promise<Window | null> {
    const button = document.createElement('button');
    button.textContent = 'Sign in with RingCentral';
    button.style.cssText = 'position:fixed;left:0;top:0;width:200px;height:40px;z-index:99999';
    let popup: Window | null = null;
    const clicked = new Promise<void>((resolve) => {
      button.addEventListener('click', () => {
        popup = openSignInWindow();
        resolve();
      });
    });
    document.body.append(button);
    await sendMouse({ type: 'click', position: [100, 20] });
    await clicked;
    await resetMouse();
    button.remove();
    if (popup) popups.push(popup);
    return popup;
  }

  const popupOptions = (popup: Window | null, more = {}) => ({
    popup,
    clientId: CLIENT_ID,
    redirectUri: RETURN,
    authorizeUrl: AUTHORIZE,
    exchange,
    pollInterval: 20,
    closedGrace: 50,
    ...more,
  });

  /** Resolves once the popup shows the mock consent page, ready for a click. */
  async function consentPage(popup: Window): Promise<Document> {
    await waitUntil(() => {
      try {
        return popup.document.getElementById('choices')?.hidden === false;
      } catch {
        return false;
      }
    }, 'the consent page in the popup', { timeout: 8000 });
    return popup.document;
  }

  const tokenRequests = () => ringEx.requests.filter((r) => r.operation === 'token');

  /** Everything a page (or a script on it) could read afterwards. */
  function observable(): string {
    const storage = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n');
    return [location.href, storage(sessionStorage), storage(localStorage), document.cookie, ...logged].join('\n');
  }

  /** The code, verifier and RingEX token that travelled to the mock, for the leak checks. */
  function secretsSent(): string[] {
    const secrets: string[] = [...exchanged];
    for (const request of tokenRequests()) {
      const body = new URLSearchParams(request.body);
      secrets.push(body.get('code')!, body.get('code_verifier')!);
    }
    return secrets.filter(Boolean);
  }

  beforeEach(() => {
    ringEx.reset();
    worker.use(...ringEx.handlers);
    exchanged = [];
    popups = [];
    logged = [];
    sessionStorage.removeItem(PENDING_KEY);
    consoleMethods.forEach((name) => {
      console[name] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    });
  });

  afterEach(() => {
    consoleMethods.forEach((name, i) => (console[name] = originals[i]!));
    for (const popup of popups) popup.close();
    history.replaceState(null, '', startUrl);
    sessionStorage.removeItem(PENDING_KEY);
  });

  describe('popup', () => {
    it('signs in through the consent page, closes the popup, revokes the RingEX token and leaves no secret behind', async () => {
      const popup = await clickToOpen();
      expect(popup, 'the popup opened in the click').to.be.ok;
      const result = signInWithPopup(popupOptions(popup));
      const consent = await consentPage(popup!);

      const asked = new URL(popup!.location.href).searchParams;
      expect(asked.get('response_type')).to.equal('code');
      expect(asked.get('client_id')).to.equal(CLIENT_ID);
      expect(asked.get('redirect_uri')).to.equal(RETURN);
      expect(asked.get('code_challenge_method')).to.equal('S256');
      expect(asked.get('code_challenge')).to.match(/^[\w-]{43}$/);
      expect(asked.get('state')).to.match(/^[\w-]{43}$/);
      expect(asked.has('code_verifier')).to.equal(false);

      consent.getElementById('allow')!.click();
      const { session, ringExToken } = await result;
      expect(session).to.deep.equal({ displayName: 'Ada Admin' });
      expect(ringExToken).to.equal(undefined);
      expect(popup!.closed).to.equal(true);

      const [tokenRequest] = tokenRequests();
      expect(tokenRequest!.url).to.equal(`${SERVER}/restapi/oauth/token`);
      const form = new URLSearchParams(tokenRequest!.body);
      expect([...form.keys()].sort()).to.deep.equal(['client_id', 'code', 'code_verifier', 'grant_type', 'redirect_uri']);
      expect(form.get('code_verifier')).to.have.length.within(43, 128);
      expect(exchanged).to.have.length(1);
      expect(ringEx.requests.map((r) => r.operation)).to.deep.equal(['token', 'revoke']);
      expect(new URLSearchParams(ringEx.requests[1]!.body).get('token')).to.equal(exchanged[0]);
      expect(ringEx.isAccessToken(exchanged[0]!)).to.equal(false);

      const seen = observable();
      for (const secret of secretsSent()) expect(seen).not.to.contain(secret);
      expect(location.href).to.equal(startUrl);
    });

    it('hands the RingEX token to the page and does not revoke it with keepToken', async () => {
      const popup = await clickToOpen();
      const result = signInWithPopup(popupOptions(popup, { keepToken: true }));
      (await consentPage(popup!)).getElementById('allow')!.click();
      const { ringExToken } = await result;
      expect(ringExToken!.accessToken).to.equal(exchanged[0]);
      expect(ringExToken!.expiresIn).to.equal(3600);
      expect(ringEx.requests.map((r) => r.operation)).to.deep.equal(['token']);
      expect(ringEx.isAccessToken(exchanged[0]!)).to.equal(true);
    });

    it('ends quietly, as a cancellation, when the user closes the popup', async () => {
      const popup = await clickToOpen();
      const result = signInWithPopup(popupOptions(popup)).catch((e: unknown) => e);
      await consentPage(popup!);
      popup!.close();
      const error = (await result) as RingCentralSignInError;
      expect(error.name).to.equal('RingCentralSignInError');
      expect(error.reason).to.equal('cancelled');
      expect(isSignInCancelled(error)).to.equal(true);
      expect(ringEx.requests).to.deep.equal([]);
    });

    it('says the popup was blocked, then can continue in this window (redirect mode)', async () => {
      const realOpen = window.open;
      window.open = () => null;
      let popup: Window | null;
      try {
        popup = await clickToOpen();
      } finally {
        window.open = realOpen;
      }
      const error = (await signInWithPopup(popupOptions(popup)).catch((e: unknown) => e)) as RingCentralSignInError;
      expect(error.reason).to.equal('popup-blocked');
      expect(isSignInCancelled(error)).to.equal(false);

      let left = '';
      await startRedirectSignIn({ clientId: CLIENT_ID, authorizeUrl: AUTHORIZE, navigate: (url) => (left = url) });
      const asked = new URL(left).searchParams;
      expect(new URL(left).pathname).to.equal(AUTHORIZE);
      expect(asked.get('redirect_uri'), 'default redirect URI: this page').to.equal(PAGE);
      expect(JSON.parse(sessionStorage.getItem(PENDING_KEY)!).state).to.equal(asked.get('state'));
    });

    it('refuses an answer with another state, closes the popup and sends no code', async () => {
      const popup = await clickToOpen();
      const result = signInWithPopup(popupOptions(popup)).catch((e: unknown) => e);
      await consentPage(popup!);
      popup!.location.replace(`${RETURN}?code=forged-code-123&state=someone-elses-state`);
      const error = (await result) as RingCentralSignInError;
      expect(error.reason).to.equal('state-mismatch');
      expect(error.message).not.to.contain('forged-code-123');
      expect(popup!.closed).to.equal(true);
      expect(ringEx.requests).to.deep.equal([]);
      expect(exchanged).to.deep.equal([]);
    });

    it('reports a refused consent (access_denied) and asks for no token', async () => {
      const popup = await clickToOpen();
      const result = signInWithPopup(popupOptions(popup)).catch((e: unknown) => e);
      (await consentPage(popup!)).getElementById('deny')!.click();
      const error = (await result) as RingCentralSignInError;
      expect(error.reason).to.equal('consent-denied');
      expect(error.oauthError).to.equal('access_denied');
      expect(isSignInCancelled(error)).to.equal(false);
      expect(ringEx.requests).to.deep.equal([]);
    });

    it('takes the answer over the BroadcastChannel from a redirect page that uses the COOP helper', async () => {
      const popup = await clickToOpen();
      // Polling once a minute: within the test only the helper's channel message can answer.
      const result = signInWithPopup(popupOptions(popup, { redirectUri: CALLBACK, pollInterval: 60_000 }));
      (await consentPage(popup!)).getElementById('allow')!.click();
      const { session } = await result;
      expect(session).to.deep.equal({ displayName: 'Ada Admin' });
      expect(ringEx.requests.map((r) => r.operation)).to.deep.equal(['token', 'revoke']);
    });

    it('stops, closes the popup and sends nothing when the signal aborts', async () => {
      const popup = await clickToOpen();
      const controller = new AbortController();
      const result = signInWithPopup(popupOptions(popup, { signal: controller.signal })).catch((e: unknown) => e);
      await consentPage(popup!);
      controller.abort();
      expect(((await result) as Error).name).to.equal('AbortError');
      expect(popup!.closed).to.equal(true);
      expect(ringEx.requests).to.deep.equal([]);
    });
  });

  describe('redirect', () => {
    /** Starts a redirect sign-in and returns the consent page's URL it would leave for. */
    async function start(): Promise<URL> {
      let left = '';
      await startRedirectSignIn({ clientId: CLIENT_ID, authorizeUrl: AUTHORIZE, navigate: (url) => (left = url) });
      return new URL(left);
    }

    /** What the consent page sends back: this page's URL with the answer (as it would arrive). */
    async function comeBack(asked: URL, answer: Record<string, string> | 'allow'): Promise<void> {
      const params = new URLSearchParams(location.search);
      const fields =
        answer === 'allow'
          ? {
              code: await issueMockCode({
                clientId: asked.searchParams.get('client_id')!,
                redirectUri: asked.searchParams.get('redirect_uri')!,
                challenge: asked.searchParams.get('code_challenge')!,
              }),
              state: asked.searchParams.get('state')!,
            }
          : answer;
      for (const [name, value] of Object.entries(fields)) params.set(name, value);
      history.pushState(null, '', `${location.pathname}?${params}`);
    }

    it('completes on return, once, and leaves a clean address bar and no pending record', async () => {
      const asked = await start();
      expect(sessionStorage.getItem(PENDING_KEY)).to.be.a('string');
      await comeBack(asked, 'allow');
      const answered = location.href;
      expect(ringCentralRedirectReturned()).to.equal(true);

      const result = await completeRedirectSignIn({ exchange });
      expect(result!.session).to.deep.equal({ displayName: 'Ada Admin' });
      expect(location.href, 'code and state gone, the rest kept').to.equal(startUrl);
      expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
      expect(ringEx.requests.map((r) => r.operation)).to.deep.equal(['token', 'revoke']);
      const seen = observable();
      for (const secret of secretsSent()) expect(seen).not.to.contain(secret);

      // A reload or a shared link with the same answer replays nothing.
      history.pushState(null, '', answered);
      expect(ringCentralRedirectReturned()).to.equal(false);
      expect(await completeRedirectSignIn({ exchange })).to.equal(null);
      expect(tokenRequests()).to.have.length(1);
    });

    it('ignores an answer whose state is not this tab’s pending one', async () => {
      const asked = await start();
      await comeBack(asked, 'allow');
      const params = new URLSearchParams(location.search);
      params.set('state', 'forged-state-value');
      history.replaceState(null, '', `${location.pathname}?${params}`);
      expect(ringCentralRedirectReturned()).to.equal(false);
      expect(await completeRedirectSignIn({ exchange })).to.equal(null);
      expect(ringEx.requests).to.deep.equal([]);
      expect(JSON.parse(sessionStorage.getItem(PENDING_KEY)!).state).to.equal(asked.searchParams.get('state'));
    });

    it('reports a refused consent and cleans up', async () => {
      const asked = await start();
      await comeBack(asked, { error: 'access_denied', error_description: 'The user denied access', state: asked.searchParams.get('state')! });
      const error = (await completeRedirectSignIn({ exchange }).catch((e: unknown) => e)) as RingCentralSignInError;
      expect(error.reason).to.equal('consent-denied');
      expect(location.href).to.equal(startUrl);
      expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
      expect(ringEx.requests).to.deep.equal([]);
    });

    it('reports an account without RingCX access and revokes the RingEX token', async () => {
      const asked = await start();
      await comeBack(asked, 'allow');
      const refuse = async (token: string) => {
        exchanged.push(token);
        throw Object.assign(new Error('no RingCX'), { status: 403 });
      };
      const error = (await completeRedirectSignIn({ exchange: refuse }).catch((e: unknown) => e)) as RingCentralSignInError;
      expect(error.reason).to.equal('no-ringcx-access');
      await waitUntil(() => !ringEx.isAccessToken(exchanged[0]!), 'the RingEX token revoked');
    });
  });

  describe('options and errors', () => {
    const refusal = (options: Record<string, unknown>) =>
      startRedirectSignIn({ clientId: CLIENT_ID, navigate: () => expect.fail('left the page'), ...options }).then(
        () => 'started',
        (e: RingCentralSignInError) => e.reason,
      );

    it('refuses a missing client ID, a non-http redirect URI or server, and a redirect URI with a fragment, before leaving', async () => {
      expect(await refusal({ clientId: ' ' })).to.equal('invalid-options');
      expect(await refusal({ redirectUri: 'javascript:alert(1)' })).to.equal('invalid-options');
      expect(await refusal({ server: 'ftp://platform.ringcentral.com' })).to.equal('invalid-options');
      expect(await refusal({ redirectUri: `${PAGE}#back` })).to.equal('invalid-options');
      expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
    });

    it('recognises its errors by name, also from another frame, and cancellation only by its reason', () => {
      const foreign = Object.assign(new (class extends Error {})('x'), { name: 'RingCentralSignInError', reason: 'cancelled' });
      expect(isRingCentralSignInError(foreign)).to.equal(true);
      expect(isSignInCancelled(foreign)).to.equal(true);
      expect(isSignInCancelled({ ...foreign, reason: 'consent-denied' })).to.equal(false);
      expect(isSignInCancelled(new DOMException('gone', 'AbortError'))).to.equal(false);
    });
  });

  describe('the mock token endpoint', () => {
    const VERIFIER = 'a'.repeat(20) + 'B'.repeat(20) + '0123456789-._~';
    async function code(challengeOf = VERIFIER, redirectUri = RETURN): Promise<string> {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(challengeOf)));
      const challenge = btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      return issueMockCode({ clientId: CLIENT_ID, redirectUri, challenge });
    }
    const ask = (fields: { code: string; verifier?: string; clientId?: string; redirectUri?: string }) =>
      requestToken({
        endpoint: `${SERVER}/restapi/oauth/token`,
        clientId: fields.clientId ?? CLIENT_ID,
        redirectUri: fields.redirectUri ?? RETURN,
        code: fields.code,
        verifier: fields.verifier ?? VERIFIER,
      });
    const reason = (promise: Promise<unknown>) => promise.then(() => 'accepted', (e: RingCentralSignInError) => e.reason);

    it('refuses a code used a second time', async () => {
      const once = await code();
      expect((await ask({ code: once })).accessToken).to.be.a('string');
      expect(await reason(ask({ code: once }))).to.equal('invalid-grant');
    });

    it('refuses a verifier that does not match the challenge', async () => {
      expect(await reason(ask({ code: await code(), verifier: 'x'.repeat(64) }))).to.equal('invalid-grant');
    });

    it('refuses an unknown app and a redirect URI that is not registered, each with its own reason', async () => {
      expect(await reason(ask({ code: await code(), clientId: 'someone-else' }))).to.equal('unknown-app');
      const elsewhere = `${location.origin}/not-registered`;
      expect(await reason(ask({ code: await code(VERIFIER, elsewhere), redirectUri: elsewhere }))).to.equal('redirect-uri');
    });

    it('refuses a code issued for another redirect URI', async () => {
      expect(await reason(ask({ code: await code(VERIFIER, CALLBACK) }))).to.equal('invalid-grant');
    });

    it('keeps the code and verifier out of the error', async () => {
      const once = await code();
      const error = (await ask({ code: once, verifier: 'y'.repeat(64) }).catch((e: unknown) => e)) as Error;
      expect(JSON.stringify({ ...error, message: error.message })).not.to.contain(once);
      expect(JSON.stringify({ ...error, message: error.message })).not.to.contain('y'.repeat(64));
    });
  });
});
