// Config of the custom-elements-manifest analyzer (`npm run manifest`, or `npx cem analyze`).
// The shared base class is analyzed too, so that the attributes, properties, events and CSS
// properties every element inherits from it appear on each element.
export default {
  globs: [
    'components/index.ts',
    'components/ringcx-*/ringcx-*.ts',
    'components/shared/ringcx-element.ts',
  ],
  exclude: ['components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The package.json already names the manifest; the analyzer would rewrite the file otherwise.
  packagejson: false,
};
