import { css } from 'lit';
import { sharedStyles } from '../shared/ringcx-element.js';

export const tokenListStyles = [
  sharedStyles,
  css`
    [part~='header'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block-end: 0.75rem;
    }
    .title {
      font-weight: 600;
      font-size: 1.0625rem;
      margin: 0;
      margin-inline-end: auto;
    }
    .tools,
    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    p {
      margin-block: 0.5rem;
    }
    [part~='list'] {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part~='row'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding-block: 0.5rem;
      border-block-start: 1px solid var(--_border);
    }
    [part~='row']:first-child {
      border-block-start: none;
    }
    [part~='token'] {
      font-family: var(--ringcx-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
      margin-inline-end: auto;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      flex-basis: 100%;
    }
    .confirm p {
      margin: 0;
      margin-inline-end: auto;
    }
    [part~='row'] .error {
      flex-basis: 100%;
      margin: 0;
    }
    [part~='new-token'] {
      margin-block-end: 0.75rem;
      padding: 0.75rem;
      border: 1px solid var(--_accent);
      border-inline-start-width: 4px;
      border-radius: calc(var(--ringcx-radius, 8px) - 2px);
      background: var(--_selected);
    }
    .new-title {
      font-weight: 600;
      font-size: 1rem;
      margin: 0;
    }
    [part~='new-token-value'] {
      display: block;
      margin-block: 0.5rem;
      padding: 0.375rem 0.5rem;
      font-family: var(--ringcx-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
      overflow-wrap: anywhere;
      user-select: all;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 4px;
    }
    .badge {
      padding-inline: 0.375rem;
      border: 1px solid var(--_accent);
      border-radius: 999px;
      color: var(--_accent);
      font-size: 0.8125em;
    }
    [part~='label'] {
      font-family: var(--ringcx-font-family, system-ui, sans-serif);
      font-weight: 600;
    }
    [part~='status'] {
      color: var(--_success);
    }
  `,
];
