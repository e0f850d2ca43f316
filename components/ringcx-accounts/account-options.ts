import { html, nothing, type TemplateResult } from 'lit';
import type { AccountMatch, AccountRow } from './account-filter.js';
import type { AccountsStrings } from './ringcx-accounts.strings.js';
import type { VirtualList } from './virtual-list.js';

/** What the options need to know of the list. */
export interface OptionsState {
  active: AccountRow | undefined;
  selectedAccountId: string | null;
}

// Stands in for rows that are not rendered. Set through the CSSOM (a property), which a strict
// Content-Security-Policy allows, unlike a style attribute.
const gap = (height: number): TemplateResult => html`<div class="gap" .style=${`block-size:${height}px`}></div>`;

/**
 * The matches at `indexes` (ascending) as listbox options, cut into one `group` per main account,
 * with spacers where rows or whole groups are left out, so every row is where it would be if all
 * were rendered.
 */
export function accountGroups(matches: readonly AccountMatch[], indexes: readonly number[], list: VirtualList, state: OptionsState, t: AccountsStrings): TemplateResult {
  const groups: TemplateResult[] = [];
  let end = 0; // the bottom of the last group rendered
  for (let i = 0; i < indexes.length; ) {
    const group = list.groupOf(indexes[i]!);
    const last = list.groupStart(group + 1);
    const runs: TemplateResult[] = [];
    let next = list.groupStart(group); // the first match not yet rendered or left out
    for (; i < indexes.length && indexes[i]! < last; i++) {
      const index = indexes[i]!;
      if (index > next || runs.length === 0) runs.push(gap((index - next) * list.row));
      runs.push(accountOption(matches[index]!, state, t));
      next = index + 1;
    }
    const { group: found } = matches[next - 1]!.row;
    groups.push(html`${gap(list.groupTop(group) - end)}<div part="group" role="group" aria-labelledby="group-${found.index}">
      <div part="group-label" id="group-${found.index}">
        <span>${found.name || t.unnamedMainAccount}</span>
        <span class="group-id">${found.id}</span>
      </div>
      ${runs}${gap((last - next) * list.row)}
    </div>`);
    end = list.groupTop(group + 1);
  }
  return html`${groups}${gap(list.height - end)}`;
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
