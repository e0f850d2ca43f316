// One "tab" of the many-tabs tests (test/robust-tabs.test.ts), run in a same-origin frame: its own
// module instances, its own shared client with the default IndexedDB store, its own elements. It
// shares with the other tabs only what real tabs share: IndexedDB, BroadcastChannel, Web Locks and
// the service worker (msw sends a frame's requests to the test page's mock).
import { getDefaultClient, type Credentials, type RingCxClient } from '../../src/index.js';
import '../../components/ringcx-login/ringcx-login.js';
import '../../components/ringcx-token-list/ringcx-token-list.js';
import { tabMessagesDelivered } from '../helpers/session-key.js';
import { watchTimers } from '../helpers/timers.js';

// Before any client exists: the test can ask whether anything is scheduled that could send again.
const timers = watchTimers();

const params = new URLSearchParams(location.search);
const name = params.get('name') ?? 'tab';
const baseUrl = params.get('base') ?? '/tabs';
if (params.has('no-locks')) Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });

const login = document.createElement('ringcx-login');
login.setAttribute('base-url', baseUrl);
const tokenList = document.createElement('ringcx-token-list');
tokenList.setAttribute('base-url', baseUrl);
document.body.append(login, tokenList);
const client: RingCxClient = getDefaultClient(baseUrl);

function tell(message: Record<string, unknown>): void {
  parent.postMessage({ frame: name, at: Date.now(), ...message }, location.origin);
}

client.subscribe((change) => tell({ type: 'change', reason: change.reason, session: change.session }));
for (const event of ['ringcx-login', 'ringcx-logout', 'ringcx-session-expired']) {
  document.addEventListener(event, () => tell({ type: 'event', event }));
}

const operations: Record<string, (arg: never) => unknown> = {
  login: (credentials: Credentials) => client.login(credentials),
  list: () => client.listApiTokens(),
  refresh: () => client.refresh(),
  logout: () => client.logout(),
  session: () => client.getSession(),
  /** Settles once this tab's client has received every tab message posted before the call. */
  channelSettled: () => tabMessagesDelivered(),
  /** The delays of the timers set in this tab that have neither fired nor been cleared. */
  pendingTimers: () => timers.pending().map((timer) => timer.delay),
  /** What a person sees in this tab. */
  screen: () => ({
    login: login.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    form: login.querySelector('form') !== null,
    tokens: tokenList.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }),
};

addEventListener('message', async (event: MessageEvent<{ id: number; op: string; arg?: never }>) => {
  if (event.source !== parent || event.origin !== location.origin) return;
  const { id, op, arg } = event.data;
  try {
    const result = await operations[op]!(arg as never);
    tell({ type: 'reply', id, ok: true, result });
  } catch (error) {
    const { name: errorName, message } = error as Error;
    tell({ type: 'reply', id, ok: false, error: { name: errorName, message, kind: (error as { kind?: string }).kind } });
  }
});

tell({ type: 'ready' });
