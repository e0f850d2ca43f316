// The one-file CDN build: the client and all three elements. It lives with the elements, which
// depend on the client, so that nothing in src/ imports from components/.
export * from '../src/index.js';
export * from './index.js';
