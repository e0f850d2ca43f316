// Which base URL the demo may take from where. A link (`?base-url=`) may choose only a path on this
// site: a link to the demo must never send someone's password to another host. Another host must be
// typed into the field and confirmed on screen, with the host shown.

/** The same-origin path a link asks for (`/ringcx`), or undefined for anything else. */
export function linkedBaseUrl(value: string | null, page: URL): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  try {
    const url = new URL(value, page.origin);
    return url.origin === page.origin ? url.pathname.replace(/\/+$/, '') || '/' : undefined;
  } catch {
    return undefined;
  }
}

/** The host a typed base URL points at, when it is another origin than the page; else undefined. */
export function foreignHost(value: string, page: URL): string | undefined {
  try {
    const url = new URL(value, page.origin);
    return url.origin === page.origin ? undefined : url.host;
  } catch {
    return undefined;
  }
}
