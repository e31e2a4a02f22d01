// Generates lib/protocol/gen/ from proto/ with protobufjs-cli (static code, ES modules).
// --check regenerates into a temp dir and fails when the committed files differ.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'lib/protocol/gen');
const check = process.argv.includes('--check');
const protos = readdirSync(join(root, 'proto/chorus/v1')).filter((f) => f.endsWith('.proto')).sort()
  .map((f) => join('proto/chorus/v1', f));

// protobufjs' oneof setter deletes every other member of the oneof on each decoded frame (29 for a
// ServerFrame), which turns the object into a slow dictionary and doubles decode time. Deleting
// only members that are set keeps the same meaning: an unset member reads as the prototype's null.
const FAST_ONEOF = `function oneOfSetter(names) {
    return function (name) {
        for (let i = 0; i < names.length; ++i)
            if (names[i] !== name && this[names[i]] != null)
                delete this[names[i]];
    };
}`;

function generate(dir) {
  mkdirSync(dir, { recursive: true });
  const js = join(dir, 'chorus.js');
  const bin = join(root, 'node_modules/.bin');
  execFileSync(join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'es6', '--no-verify', '--no-delimited', '--force-number', '-o', js, ...protos], { cwd: root, stdio: 'inherit' });
  // uint64 fields are plain numbers in Chorus
  // (seqs and times stay below 2^53): switch Long off before any default value is built.
  writeFileSync(
    js,
    readFileSync(js, 'utf8').replace(
      /import \$protobuf from "protobufjs\/minimal(?:\.js)?";/,
      'import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();\n' + FAST_ONEOF,
    ).replaceAll('$util.oneOfSetter(', 'oneOfSetter('),
  );
  execFileSync(join(bin, 'pbts'), ['--no-comments', '-o', join(dir, 'chorus.d.ts'), js], { cwd: root, stdio: 'inherit' });
}

if (check) {
  const tmp = mkdtempSync(join(tmpdir(), 'chorus-proto-'));
  generate(tmp);
  for (const f of ['chorus.js', 'chorus.d.ts']) {
    if (readFileSync(join(tmp, f), 'utf8') !== readFileSync(join(outDir, f), 'utf8')) {
      console.error(`lib/protocol/gen/${f} is stale: run npm run proto`);
      process.exit(1);
    }
  }
  console.log('generated protocol code is up to date');
} else {
  generate(outDir);
}
