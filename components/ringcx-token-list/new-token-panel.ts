import { html, type TemplateResult } from 'lit';
import type { TokenListStrings } from './ringcx-token-list.strings.js';

/**
 * The panel that shows a new token in full, once, until the user presses Done. It takes focus
 * when it opens (`data-ref="new-token"`), so that screen readers read the warning.
 */
export function newTokenPanel(
  token: string,
  text: TokenListStrings,
  actions: { copy: () => void; done: () => void },
): TemplateResult {
  return html`<div part="new-token" data-ref="new-token" role="region" aria-labelledby="new-title" tabindex="-1">
    <h3 id="new-title">${text.newTokenTitle}</h3>
    <code part="new-token-value">${token}</code>
    <p>${text.newTokenWarning}</p>
    <div class="tools">
      <button aria-label=${text.newTokenCopyLabel} @click=${actions.copy}>${text.copy}</button>
      <button class="primary" @click=${actions.done}>${text.done}</button>
    </div>
  </div>`;
}
