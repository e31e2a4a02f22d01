// Bundles the generated protocol code (lib/protocol/gen/chorus.js) with protobufjs/minimal into one
// ES module for k6: bench/k6/dist/chorus-protocol.js, imported by bench/k6/chat.js.
//   node bench/k6/bundle.mjs
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;

/** protobufjs probes for the optional `long` package; 64-bit fields are plain numbers here. */
const noLong = {
  name: 'no-long',
  setup(b) {
    b.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'no-long' }));
    b.onLoad({ filter: /.*/, namespace: 'no-long' }, () => ({ contents: 'module.exports = null;', loader: 'js' }));
  },
};

mkdirSync(`${here}dist`, { recursive: true });
const result = await build({
  absWorkingDir: here,
  entryPoints: [`${here}protocol.entry.js`],
  outfile: `${here}dist/chorus-protocol.js`,
  bundle: true,
  format: 'esm',
  // k6 runs scripts in its own JavaScript runtime (sobek): no Node or browser globals.
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  minify: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [noLong],
});
const out = Object.entries(result.metafile.outputs)[0];
console.log(`k6: ${out?.[0]} ${((out?.[1].bytes ?? 0) / 1024).toFixed(1)} KiB`);
