// The CDN entry for a page that uses only <ringcx-token-list>: the client and that one element
// (dist/cdn/token-list.js). It shares its chunks with the other per-element entries and with
// ringcx-elements.js, so a page that loads two of them downloads the common code once.
export * from '../src/index.js';
export * from './ringcx-token-list/ringcx-token-list.js';
