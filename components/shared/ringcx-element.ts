import { LitElement, unsafeCSS } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_BASE_URL, getDefaultClient, type Persistence, type RingCxClient } from '../../src/index.js';
import { emit } from './events.js';
import { messageFor, type ErrorStrings } from './messages.js';
import { SessionController } from './session-controller.js';
import { controlsCss, themeCss } from './theme.js';

/** Styles every shadow-DOM element starts from. */
export const sharedStyles = unsafeCSS(themeCss(':host') + controlsCss(':host'));

/**
 * What the three elements share: finding the client, following its session, theme, words and
 * error reporting. Not registered as a tag.
 */
export abstract class RingCxElement<Strings extends ErrorStrings> extends LitElement {
  /** The client to use. Without one, the page's shared client for `base-url` is used. */
  @property({ attribute: false }) client: RingCxClient | undefined;

  /** Where RingCX is, for the shared client; a relative URL reaches it through a proxy. */
  @property({ attribute: 'base-url' }) baseUrl = DEFAULT_BASE_URL;

  /** How long the shared client keeps the session: `local`, `session` or `none`. Read when the shared client is made. */
  @property() persistence: Persistence = 'local';

  /** `auto` follows the system; `light` or `dark` forces one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Replacement words; what is not given stays English. */
  @property({ attribute: false }) strings: Partial<Strings> = {};

  protected readonly sessionState = new SessionController(this, (change) => this.sessionChanged(change.reason));

  protected abstract readonly defaultStrings: Strings;

  /** The words in use: defaults overlaid with `strings`. */
  protected get text(): Strings {
    return { ...this.defaultStrings, ...this.strings };
  }

  /** The client in use, or undefined when `base-url` is invalid. */
  resolveClient(): RingCxClient | undefined {
    if (this.client) return this.client;
    try {
      return getDefaultClient(this.baseUrl, { persistence: this.persistence });
    } catch {
      return undefined;
    }
  }

  /** Called when the session changes or first loads. */
  protected sessionChanged(_reason: string): void {}

  /** Reports an error to the page (`ringcx-error`) and returns the words to show for it. */
  protected reportError(error: unknown, action: string, message = messageFor(error, this.text)): string {
    emit(this, 'ringcx-error', { error: error instanceof Error ? error : new Error(String(error)), message, action });
    return message;
  }
}
