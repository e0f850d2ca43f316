import { html, nothing, type TemplateResult } from 'lit';
import type { AccountMatch, AccountRow, AccountRowGroup } from './account-filter.js';
import type { AccountsStrings } from './ringcx-accounts.strings.js';

/** What the options need to know of the list. */
export interface OptionsState {
  active: AccountRow | undefined;
  selectedAccountId: string | null;
}

/** The matches `[start, end)` as listbox options, cut into one `group` per main account. */
export function accountGroups(matches: readonly AccountMatch[], start: number, end: number, state: OptionsState, t: AccountsStrings): TemplateResult[] {
  const chunks: Array<{ group: AccountRowGroup; matches: AccountMatch[] }> = [];
  for (let i = start; i < end; i++) {
    const match = matches[i]!;
    const chunk = chunks.at(-1);
    if (chunk?.group === match.row.group) chunk.matches.push(match);
    else chunks.push({ group: match.row.group, matches: [match] });
  }
  return chunks.map(
    ({ group, matches }) => html`<div part="group" role="group" aria-labelledby="group-${group.index}">
      <div part="group-label" id="group-${group.index}">
        <span>${group.name || t.unnamedMainAccount}</span>
        <span class="group-id">${group.id}</span>
      </div>
      ${matches.map((match) => accountOption(match, state, t))}
    </div>`,
  );
}

function accountOption({ row, position, setSize }: AccountMatch, state: OptionsState, t: AccountsStrings): TemplateResult {
  const selected = row.id === state.selectedAccountId;
  const parts = `option${row === state.active ? ' option-active' : ''}${selected ? ' option-selected' : ''}`;
  return html`<div
    part=${parts}
    role="option"
    id="option-${row.index}"
    aria-selected=${selected ? 'true' : 'false'}
    aria-posinset=${position}
    aria-setsize=${setSize}
  >
    <span part="option-name">${row.name || t.unnamedAccount}</span>
    <span part="option-id">${row.id}</span>
    ${row.archived ? html`<span class="badge">${t.archived}</span>` : nothing}
  </div>`;
}
