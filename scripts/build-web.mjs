// Bundles the web page (web/app.ts + the client SDK + generated protobuf code) into dist/web.
// Offline and fast: esbuild only, no type checking (npx tsc -p web/tsconfig.json does that).
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = `${root}dist/web`;

/**
 * protobufjs probes for the optional `long` package with require(); the generated code switches
 * 64-bit fields to plain numbers anyway, so the browser bundle answers that probe with null.
 */
const noLong = {
  name: 'no-long',
  setup(b) {
    b.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'no-long' }));
    b.onLoad({ filter: /.*/, namespace: 'no-long' }, () => ({ contents: 'module.exports = null;', loader: 'js' }));
  },
};

mkdirSync(out, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['web/app.ts'],
  outfile: `${out}/app.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [noLong],
});
copyFileSync(`${root}web/index.html`, `${out}/index.html`);

const bytes = result.metafile.outputs['dist/web/app.js']?.bytes ?? 0;
console.log(`web: dist/web/app.js ${(bytes / 1024).toFixed(1)} KiB, dist/web/index.html`);
