/**
 * Defines a custom element unless the tag is taken already, as when two bundles of this library
 * share a page: the first definition wins instead of a crash.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) {
    customElements.define(tag, constructor);
  }
}
