// The runtime half of `ringcx-elements/vue`, whose content is types only (vue.d.ts beside this
// file). A plain `import 'ringcx-elements/vue'` type-checks against vue.d.ts and stays in the
// emitted code; with no file for the "default" condition a bundler then stops ("./vue is not
// exported under the conditions ..."). So it resolves here, to nothing: the elements register
// through 'ringcx-elements/elements'.
export {};
