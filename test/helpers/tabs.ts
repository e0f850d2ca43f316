// Opens "tabs" for the many-tabs tests: same-origin frames running test/pages/tab.ts, each with its
// own copy of the library. Their requests reach the test page's mock (msw routes a frame's fetches
// to the page that started the worker), so the mock counts what all tabs sent.

export interface TabMessage {
  frame: string;
  type: 'ready' | 'change' | 'event' | 'reply';
  at: number;
  reason?: string;
  event?: string;
  session?: { displayName: string } | null;
  id?: number;
  ok?: boolean;
  result?: unknown;
  error?: { name: string; message: string; kind?: string };
}

export interface Tab {
  name: string;
  frame: HTMLIFrameElement;
  /** Everything the tab told the test, in order. */
  messages: TabMessage[];
  /** Runs an operation of tab.ts in the tab: login, list, refresh, logout, session, screen. */
  call<T = unknown>(op: string, arg?: unknown): Promise<T>;
  /** Resolves with the first message (already received or coming) that matches. */
  next(match: (message: TabMessage) => boolean, timeout?: number): Promise<TabMessage>;
}

const opened: HTMLIFrameElement[] = [];
let nextId = 0;

/** Opens a tab on `base`; `query` adds flags such as `no-locks`. */
export async function openTab(name: string, base: string, query = ''): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.src = `/test/pages/tab.html?name=${encodeURIComponent(name)}&base=${encodeURIComponent(base)}${query ? `&${query}` : ''}`;
  const messages: TabMessage[] = [];
  const waiting = new Set<() => void>();
  addEventListener('message', (event: MessageEvent<TabMessage>) => {
    if (event.source !== frame.contentWindow || event.data?.frame !== name) return;
    messages.push(event.data);
    for (const wake of [...waiting]) wake();
  });

  function next(match: (message: TabMessage) => boolean, timeout = 5000): Promise<TabMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(match);
        if (!found) return;
        waiting.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`tab ${name}: no matching message within ${timeout} ms`));
      }, timeout);
      waiting.add(check);
      check();
    });
  }

  async function call<T>(op: string, arg?: unknown): Promise<T> {
    const id = ++nextId;
    frame.contentWindow!.postMessage({ id, op, arg }, location.origin);
    const reply = await next((message) => message.type === 'reply' && message.id === id, 8000);
    if (!reply.ok) throw Object.assign(new Error(reply.error!.message), reply.error);
    return reply.result as T;
  }

  document.body.append(frame);
  opened.push(frame);
  await next((message) => message.type === 'ready', 10_000);
  return { name, frame, messages, call, next };
}

/** Closes every tab opened so far. */
export function closeTabs(): void {
  for (const frame of opened.splice(0)) frame.remove();
}
