import { html, type TemplateResult } from 'lit';
import type { TokenListStrings } from './ringcx-token-list.strings.js';

/**
 * The panel that shows a new token in full until the user presses Done. When it opens, its Copy
 * button (`data-ref="new-token-copy"`) takes focus; the warning describes both it and the region.
 * Its title sits one level below the element's.
 */
export function newTokenPanel(
  token: string,
  text: TokenListStrings,
  headingLevel: number,
  actions: { copy: () => void; done: () => void },
): TemplateResult {
  return html`<div part="new-token" data-ref="new-token" role="region" aria-labelledby="new-title" aria-describedby="new-warning" tabindex="-1">
    <div class="new-title" id="new-title" role="heading" aria-level=${Math.min(6, headingLevel + 1)}>${text.newTokenTitle}</div>
    <code part="new-token-value">${token}</code>
    <p id="new-warning">${text.newTokenWarning}</p>
    <div class="tools">
      <button data-ref="new-token-copy" aria-label=${text.newTokenCopyLabel} aria-describedby="new-warning" @click=${actions.copy}>${text.copy}</button>
      <button class="primary" @click=${actions.done}>${text.done}</button>
    </div>
  </div>`;
}
