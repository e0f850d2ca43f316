import { html, nothing, type TemplateResult } from 'lit';
import { maskToken } from '../../src/index.js';
import type { TokenListStrings } from './ringcx-token-list.strings.js';

/** Tokens created on this page since it loaded, across elements: marked "New" until a reload. */
export const createdOnThisPage = new Set<string>();

/** Fills `{token}` with the masked token, and with the page's name for it when there is one. */
export function tokenLabel(template: string, token: string, labels: Record<string, string>): string {
  const name = labels[token];
  return template.replaceAll('{token}', name ? `${name} (${maskToken(token)})` : maskToken(token));
}

export interface TokenRowState {
  text: TokenListStrings;
  labels: Record<string, string>;
  busy: boolean;
  /** The token whose deletion awaits confirmation. */
  confirming: string | undefined;
  rowError: { token: string; message: string } | undefined;
}

export interface TokenRowActions {
  copy: (token: string) => void;
  askDelete: (token: string) => void;
  confirmDelete: (token: string) => void;
  cancelDelete: (token: string) => void;
}

/**
 * One token's row: its label and masked value, the "New" marker, and Copy and Delete (or the
 * delete confirmation). Busy buttons are aria-disabled, not disabled: a disabled button under the
 * user's focus drops focus to the page.
 */
export function tokenRow(token: string, state: TokenRowState, on: TokenRowActions): TemplateResult {
  const { text, labels } = state;
  const confirming = state.confirming === token;
  const error = state.rowError?.token === token ? state.rowError.message : '';
  const busy = state.busy ? 'true' : 'false';
  const label = (template: string) => tokenLabel(template, token, labels);
  return html`<li part="row" @keydown=${(event: KeyboardEvent) => confirming && event.key === 'Escape' && on.cancelDelete(token)}>
    <span part="token">${labels[token] ? html`<span part="label">${labels[token]}</span> ` : nothing}${maskToken(token)}</span>
    ${createdOnThisPage.has(token) ? html`<span part="new-marker" class="badge">${text.newMarker}</span>` : nothing}
    ${confirming
      ? html`<div class="confirm" role="group" aria-label=${label(text.deleteLabel)}>
          <p>${text.confirmDelete}</p>
          <button class="danger primary" aria-disabled=${busy} @click=${() => on.confirmDelete(token)}>${text.delete}</button>
          <button data-ref="cancel" aria-disabled=${busy} @click=${() => state.busy || on.cancelDelete(token)}>${text.cancel}</button>
        </div>`
      : html`<div part="actions">
          <button aria-label=${label(text.copyLabel)} @click=${() => on.copy(token)}>${text.copy}</button>
          <button class="danger" data-ref="delete" aria-label=${label(text.deleteLabel)} aria-disabled=${busy} @click=${() => state.busy || on.askDelete(token)}>
            ${text.delete}
          </button>
        </div>`}
    ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
  </li>`;
}
