// The all-in-one CDN entry (dist/cdn/ringcx-elements.js): the client and all three elements. The
// per-element entries beside it (cdn-login.ts, cdn-token-list.ts, cdn-accounts.ts) share its
// chunks. They live with the elements, which depend on the client, so that nothing in src/
// imports from components/.
export * from '../src/index.js';
export * from './index.js';
