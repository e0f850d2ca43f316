// Where keyboard focus is, looked up through shadow roots, and whether a person can see it.

/** The focused element, inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short name for an element in failure messages. */
export function describe(element: Element | null): string {
  if (!element) return 'nothing';
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  return `<${element.localName}${element.id ? `#${element.id}` : ''}> "${name}"`;
}

/** True when focus sits on a control a person can see and operate (not the page, not something hidden). */
export function focusOnVisibleControl(): boolean {
  const active = deepActive();
  if (!active || active === document.body || active === document.documentElement) return false;
  if (active.getClientRects().length === 0 || getComputedStyle(active).visibility === 'hidden') return false;
  const control = active.matches('button, input, select, textarea, a[href], [role="listbox"], [role="option"]');
  return control && !(active as HTMLButtonElement).disabled;
}

/**
 * Samples the focused element on every frame until `stop()`, and returns each moment focus was on
 * the page's body: lost focus that lasts a frame or more is caught, even between two steps.
 */
export function watchFocus(): { stop: () => string[] } {
  const lost: string[] = [];
  let running = true;
  let step = 'start';
  const look = () => {
    if (!running) return;
    const active = document.activeElement;
    if ((active === null || active === document.body) && lost.at(-1) !== step) lost.push(step);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  (watchFocus as { step?: (name: string) => void }).step = (name) => (step = name);
  return {
    stop: () => {
      running = false;
      return lost;
    },
  };
}

/** Names the step the focus watcher is in, for its report. */
export function focusStep(name: string): void {
  (watchFocus as { step?: (name: string) => void }).step?.(name);
}
