// Added to every bench page before its own scripts (playwright `addInitScript`): counts IndexedDB
// reads and fetch calls from the very start of the page.
window.__bench = { idbReads: 0, fetches: [] };
for (const name of ['get', 'getAll', 'openCursor']) {
  const original = IDBObjectStore.prototype[name];
  IDBObjectStore.prototype[name] = function (...args) {
    window.__bench.idbReads++;
    return original.apply(this, args);
  };
}
const originalFetch = window.fetch;
window.fetch = function (input, init) {
  window.__bench.fetches.push(input instanceof Request ? input.url : String(input));
  return originalFetch.call(this, input, init);
};
