// tsc does not emit the generated protobuf JavaScript; copy it next to the compiled code.
import { cpSync, mkdirSync } from 'node:fs';
const root = new URL('..', import.meta.url).pathname;
mkdirSync(`${root}dist/lib/protocol/gen`, { recursive: true });
cpSync(`${root}lib/protocol/gen/chorus.js`, `${root}dist/lib/protocol/gen/chorus.js`);
