import { css } from 'lit';

// Forced colours paint every border in CanvasText and drop backgrounds: the unselected rows' edge
// goes to Canvas (unseen), and the selected row is drawn in the system's selection colours.
export const accountsStyles = css`
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  label {
    font-weight: 600;
  }

  .title {
    font-weight: 600;
    font-size: 1.0625rem;
  }

  [part='count'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part~='status'] {
    margin: 0;
  }

  /* Every label and row is one line of a fixed height: the list renders only the rows in view
     and works out where the others are from these heights (it reads them once laid out, so a
     page may change them through the parts). Anchoring is off: the rows in view are replaced
     while scrolling, by rows at the same places. */
  [part='list'] {
    max-block-size: var(--ringcx-accounts-max-height, 24rem);
    overflow-y: auto;
    overflow-anchor: none;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: calc(var(--ringcx-radius, 8px) - 2px);
    background: var(--_surface);
  }

  [part='group-label'] {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    gap: 0.5rem;
    align-items: center;
    box-sizing: border-box;
    block-size: 2.25rem;
    padding-inline: 0.75rem;
    white-space: nowrap;
    overflow: hidden;
    background: var(--_subtle);
    border-block-end: 1px solid var(--_border);
    font-weight: 600;
  }

  [part~='option'] {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    box-sizing: border-box;
    block-size: 2.25rem;
    padding-inline: 1.5rem 0.75rem;
    white-space: nowrap;
    overflow: hidden;
    /* Its size never depends on its text: new text while scrolling lays out this row alone. */
    contain: strict;
    cursor: pointer;
    border-inline-start: 3px solid transparent;
  }

  [part~='option']:hover {
    background: var(--_subtle);
  }

  [part~='option'][aria-selected='true'] {
    background: var(--_selected);
    border-inline-start-color: var(--_accent);
  }

  [part='list']:focus [part~='option-active'] {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  /* A long name ends in an ellipsis on screen; assistive technology reads it whole. */
  [part='option-name'] {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  [part='option-id'],
  .group-id {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-weight: normal;
  }

  .badge {
    padding-inline: 0.375rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .more {
    align-self: flex-start;
  }

  @media (forced-colors: active) {
    [part~='option'] {
      border-inline-start-color: Canvas;
    }
    [part~='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-inline-start-color: HighlightText;
    }
    [part~='option'][aria-selected='true'] * {
      color: HighlightText;
      border-color: HighlightText;
    }
    [part='list']:focus [part~='option-active'] {
      outline-color: CanvasText;
    }
    [part='list']:focus [part~='option-active'][aria-selected='true'] {
      outline-color: HighlightText;
      outline-offset: -4px;
    }
  }
`;
