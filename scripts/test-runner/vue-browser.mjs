// A test-runner plugin that serves Vue 3 to the browser with its template compiler. The `vue`
// package's default build for bundlers is runtime-only and reads `process.env.NODE_ENV` and
// feature flags a bundler defines; `vue.esm-browser.js` is the full development build as one ES
// module with nothing to define, so a test can compile a template string (the README's snippet)
// at run time. Bare `vue` imports are pointed at it.
export function vueBrowser() {
  return {
    name: 'vue-browser',
    resolveImport({ source }) {
      return source === 'vue' ? '/node_modules/vue/dist/vue.esm-browser.js' : undefined;
    },
  };
}
