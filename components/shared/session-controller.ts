import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RingCxClient, SessionChange, SessionSummary } from '../../src/index.js';

export interface SessionHost extends ReactiveControllerHost {
  /** The client the element should use now, or undefined when none can be made (bad base URL). */
  resolveClient(): RingCxClient | undefined;
}

/** `loading` until the client's stored session has been read, then whether someone is signed in. */
export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

/** What an element knows of the session. */
export interface SessionState {
  readonly status: SessionStatus;
  readonly session: SessionSummary | null;
}

/** One real change of the session state, and why: the client's reason for it. */
export interface SessionUpdate extends SessionState {
  readonly reason: SessionChange['reason'];
}

const LOADING: SessionState = { status: 'loading', session: null };

/**
 * Follows the session of the host's client: reads it once, then listens for sign-in, refresh,
 * sign-out and expiry (here and in other tabs). Switches over when the host's client changes.
 *
 * `onChange` runs once per real change. The first read reaches it once, whether the client
 * announced it (`restored`) or not (nobody stored, or the session was read earlier by another
 * element); an end of session while already signed out is not a change.
 */
export class SessionController implements ReactiveController, SessionState {
  client: RingCxClient | undefined;
  status: SessionStatus = 'loading';
  session: SessionSummary | null = null;
  /**
   * Changes whenever the data behind the session may have changed: a new client, a read, a
   * sign-in or a sign-out; not a refresh. Data tasks take it as an argument.
   */
  generation = 0;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  readonly #host: SessionHost;
  readonly #onChange: (update: SessionUpdate) => void;

  constructor(host: SessionHost, onChange: (update: SessionUpdate) => void = () => {}) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#attach();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.client = undefined;
  }

  hostUpdate(): void {
    // A detached element may still update; it must not subscribe again until it is back.
    if (this.#connected && this.#host.resolveClient() !== this.client) this.#attach();
  }

  #attach(): void {
    this.#unsubscribe?.();
    const client = this.#host.resolveClient();
    this.client = client;
    this.#set(LOADING);
    this.generation++;
    if (!client) return;
    this.#unsubscribe = client.subscribe((change) => this.#apply(change));
    client
      .getSession()
      .catch(() => null)
      .then((session) => {
        // Still loading: the client did not announce this read, so the controller does.
        if (this.client === client && this.status === 'loading') this.#apply({ reason: 'restored', session });
      });
  }

  #apply({ reason, session }: SessionChange): void {
    const status = session ? 'signed-in' : 'signed-out';
    if (status === 'signed-out' && this.status === 'signed-out') return;
    this.#set({ status, session });
    if (reason !== 'refreshed') this.generation++;
    this.#onChange({ reason, status, session });
    this.#host.requestUpdate();
  }

  #set({ status, session }: SessionState): void {
    this.status = status;
    this.session = session;
  }
}
