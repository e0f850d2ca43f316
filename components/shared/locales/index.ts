// Words for pages in other languages. Each bundle is its own module, imported only when a page's
// language asks for it, so the English-only build does not carry them.
import type { LocaleBundle } from './bundle.js';

export type { LocaleBundle };

const loaders: Record<string, () => Promise<{ default: LocaleBundle }>> = {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
};

/** The language of the page around `element`: its nearest `[lang]`, across shadow roots, else the document's. */
export function pageLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The bundle for `lang` (`es`, `es-MX`, `fr-CA`…), or undefined for English and languages without one. */
export async function loadLocale(lang: string): Promise<LocaleBundle | undefined> {
  const load = loaders[lang.toLowerCase().split('-')[0]!];
  if (!load) return undefined;
  try {
    return (await load()).default;
  } catch {
    return undefined; // a CDN file served without its chunks: English rather than nothing
  }
}
