import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ALL_CHECKS, NOT_PRODUCIBLE } from '../../lib/conformance/mod.js';
import { ErrorCode } from '../../lib/protocol/mod.js';

const DOC = readFileSync(new URL('../../../docs/protocol.md', import.meta.url), 'utf8');

/** The body of the section titled `## <title>`. */
function section(title: string): string {
  const start = DOC.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `docs/protocol.md has a "## ${title}" section`);
  const end = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, end === -1 ? undefined : end);
}

/** Table rows of a section whose first cell is a number: [code, second cell]. */
function rows(text: string): [number, string][] {
  return [...text.matchAll(/^\| (\d{4}) \| ([^|]+)\|/gm)].map((m) => [Number(m[1]), m[2]!.trim()]);
}

const documentedErrors = rows(section('Errors'));
const documentedCloses = rows(section('Close codes')).map(([code]) => code);
const produced = { errors: new Set<number>(), closes: new Set<number>() };
for (const c of ALL_CHECKS) {
  for (const e of c.produces?.errors ?? []) produced.errors.add(e);
  for (const e of c.produces?.closes ?? []) produced.closes.add(e);
}
const excused = { errors: new Set<number>(NOT_PRODUCIBLE.flatMap((n) => n.produces.errors ?? [])), closes: new Set<number>(NOT_PRODUCIBLE.flatMap((n) => n.produces.closes ?? [])) };

describe('docs/protocol.md and the conformance kit list the same codes', () => {
  it('the error table is the proto enum, name for name', () => {
    const proto = Object.entries(ErrorCode).filter(([, v]) => typeof v === 'number' && v !== 0).map(([k, v]) => [v as number, `\`${k}\``]);
    assert.deepEqual(documentedErrors.sort(), proto.sort());
  });

  it('every documented error code is produced by a check, or listed as not producible', () => {
    const missing = documentedErrors.filter(([code]) => !produced.errors.has(code) && !excused.errors.has(code));
    assert.deepEqual(missing, []);
  });

  it('every documented close code is produced by a check, or listed as not producible', () => {
    assert.deepEqual(documentedCloses.filter((code) => !produced.closes.has(code) && !excused.closes.has(code)), []);
  });

  it('the checks produce only documented codes, and nothing is both produced and excused', () => {
    assert.deepEqual([...produced.errors].filter((c) => !documentedErrors.some(([d]) => d === c)), []);
    assert.deepEqual([...produced.closes].filter((c) => !documentedCloses.includes(c)), []);
    assert.deepEqual([...excused.errors].filter((c) => produced.errors.has(c)), []);
    assert.deepEqual([...excused.closes].filter((c) => produced.closes.has(c)), []);
  });

  it('docs/protocol.md says which codes the kit cannot produce', () => {
    const kit = section('Conformance kit');
    for (const n of NOT_PRODUCIBLE) for (const code of n.produces.errors ?? []) assert.match(kit, new RegExp(`\`${ErrorCode[code]}\``), `${ErrorCode[code]} is named there`);
  });
});
