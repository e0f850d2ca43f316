// The one-file CDN build: the client and all three elements.
export * from './index.js';
export * from '../components/index.js';
