import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RingCxClient, SessionChange, SessionSummary } from '../../src/index.js';

export interface SessionHost extends ReactiveControllerHost {
  /** The client the element should use now, or undefined when none can be made (bad base URL). */
  resolveClient(): RingCxClient | undefined;
}

/**
 * Follows the session of the host's client: loads it once, then listens for sign-in, refresh,
 * sign-out and expiry (here and in other tabs). Switches over when the host's client changes.
 */
export class SessionController implements ReactiveController {
  client: RingCxClient | undefined;
  session: SessionSummary | null = null;
  /** False until the stored session has been read. */
  loaded = false;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: SessionHost,
    private readonly onChange: (change: SessionChange | { reason: 'loaded'; session: SessionSummary | null }) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.attach();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.client = undefined;
  }

  hostUpdate(): void {
    // A detached element may still update; it must not subscribe again until it is back.
    if (this.connected && this.host.resolveClient() !== this.client) this.attach();
  }

  private attach(): void {
    this.unsubscribe?.();
    const client = this.host.resolveClient();
    this.client = client;
    this.session = client?.session ?? null;
    this.loaded = false;
    if (!client) return;
    this.unsubscribe = client.subscribe((change) => {
      this.session = change.session;
      this.loaded = true;
      this.onChange(change);
      this.host.requestUpdate();
    });
    client
      .getSession()
      .catch(() => null)
      .then((session) => {
        if (this.client !== client) return;
        this.session = session;
        this.loaded = true;
        this.onChange({ reason: 'loaded', session });
        this.host.requestUpdate();
      });
  }
}
