// Shared by the bench pages.

/** Resolves once `test()` is true, checking after every DOM change under `node`; gives up after 30 s. */
export function whenTrue(node, test, what) {
  return new Promise((resolve, reject) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(node, { childList: true, subtree: true });
    const timer = setTimeout(() => reject(new Error(`Waited 30 s for ${what}`)), 30_000);
  });
}
