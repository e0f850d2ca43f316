import { LitElement, unsafeCSS } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_BASE_URL, getDefaultClient, type Persistence, type RingCxClient } from '../../src/index.js';
import { emit } from './events.js';
import { loadLocale, pageLanguage, type LocaleBundle } from './locales/index.js';
import { messageFor, type ErrorStrings } from './messages.js';
import { SessionController, type SessionUpdate } from './session-controller.js';
import { controlsCss, themeCss, wordsCss } from './theme.js';

/** Styles every shadow-DOM element starts from. */
export const sharedStyles = unsafeCSS(`${themeCss(':host')} :host { ${wordsCss('!important')} } ${controlsCss(':host')}`);

/**
 * What the three elements share: finding the client, following its session, theme, words and
 * error reporting. Not registered as a tag.
 *
 * The colour defaults below are the light scheme's; the dark scheme has its own.
 *
 * @event {CustomEvent<{ error: RingCxError | Error; message: string; action: string }>} ringcx-error - Something failed. `detail.error` is the client's typed error, `detail.message` what the element showed, `detail.action` what it was doing.
 *
 * @cssproperty [--ringcx-color-text=#1f2328] - Text.
 * @cssproperty [--ringcx-color-muted=#57606a] - Secondary text.
 * @cssproperty [--ringcx-color-surface=#ffffff] - Background.
 * @cssproperty [--ringcx-color-subtle=#f6f8fa] - Background of secondary areas.
 * @cssproperty [--ringcx-color-border=#7d8590] - Borders of the element and its controls.
 * @cssproperty [--ringcx-color-accent=#0b5cad] - Primary buttons and links.
 * @cssproperty [--ringcx-color-on-accent=#ffffff] - Text on primary buttons.
 * @cssproperty [--ringcx-color-danger=#b42318] - Errors and destructive buttons.
 * @cssproperty [--ringcx-color-success=#1a7f37] - Success messages.
 * @cssproperty [--ringcx-color-selected=#ddeeff] - Background of selected things.
 * @cssproperty [--ringcx-color-focus=#0b5cad] - Focus outline.
 * @cssproperty --ringcx-font-family - Font. Default: the system UI font.
 * @cssproperty [--ringcx-font-size=0.9375rem] - Base font size.
 * @cssproperty [--ringcx-radius=8px] - Corner radius.
 * @cssproperty [--ringcx-padding=1rem] - Space inside the border.
 */
export abstract class RingCxElement<Strings extends ErrorStrings> extends LitElement {
  /** The client to use. Without one, the page's shared client for `base-url` is used. */
  @property({ attribute: false }) client: RingCxClient | undefined;

  /** Where RingCX is (`https://ringcx.ringcentral.com` unless set), for the shared client; a relative URL reaches it through a proxy. */
  @property({ attribute: 'base-url' }) baseUrl: string = DEFAULT_BASE_URL;

  /** How long the shared client keeps the session: `local`, `session` or `none`. Read when the shared client is made. */
  @property() persistence: Persistence = 'local';

  /** `auto` follows the system; `light` or `dark` forces one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Replacement words, keyed as in the element's `LoginStrings`, `TokenListStrings` or
   * `AccountsStrings`; what is not given stays English. Without it, a page whose `lang` (the
   * nearest `[lang]` ancestor, else the document's) is Spanish, French or German gets those words.
   */
  @property({ attribute: false }) strings: Partial<Strings> = {};

  /** The level (1–6) of the element's title, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Makes the element a named region (a landmark). Off by default: the page's own section usually is one. */
  @property({ type: Boolean }) landmark = false;

  @state() private localeStrings: Partial<Strings> = {};

  protected readonly sessionState = new SessionController(this, (update) => this.sessionChanged(update));

  protected abstract readonly defaultStrings: Strings;
  /** Which part of a locale bundle holds this element's words. */
  protected abstract readonly localeKey: keyof LocaleBundle;

  /** The words in use: defaults overlaid with the page language's, or with `strings` when given. */
  protected get text(): Strings {
    const given = Object.keys(this.strings).length > 0;
    return { ...this.defaultStrings, ...(given ? {} : this.localeStrings), ...this.strings };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The bundles load only on pages in those languages, so English pages never fetch them.
    const lang = pageLanguage(this);
    void loadLocale(lang).then((bundle) => {
      const words = (bundle?.[this.localeKey] ?? {}) as Partial<Strings>;
      // No words where there were none (an English page): nothing changes, so no update.
      const unchanged = Object.keys(words).length === 0 && Object.keys(this.localeStrings).length === 0;
      if (pageLanguage(this) === lang && !unchanged) this.localeStrings = words;
    });
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

  /** Called once for each real change of the session, the first read included. */
  protected sessionChanged(_update: SessionUpdate): void {}

  /** Reports an error to the page (`ringcx-error`) and returns the words to show for it. */
  protected reportError(error: unknown, action: string, message = messageFor(error, this.text)): string {
    emit(this, 'ringcx-error', { error: error instanceof Error ? error : new Error(String(error)), message, action });
    return message;
  }
}
