/**
 * The layering of docs/architecture.md, checked against the source: no import cycle between files
 * or between top folders, no folder importing one above it, and nothing in lib/ importing cmd/,
 * testing/, test/ or bench/. Reads the TypeScript sources (not dist/), so it checks what was written.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Layers, lowest first: a folder may import its own layer's folders only when the table allows
 * it, and any folder of a lower layer. Keep in step with docs/architecture.md ("Layers").
 */
const LAYERS: readonly (readonly string[])[] = [
  ['lib/time', 'lib/protocol', 'lib/text'],
  ['lib/actors', 'lib/storage', 'lib/auth', 'lib/client'],
  ['lib/metrics', 'lib/cluster', 'lib/push', 'lib/media', 'lib/search'],
  ['lib/chat'],
  ['lib/gateway', 'lib/conformance'],
  ['cmd', 'web'],
  ['testing'],
  ['test', 'bench'],
];

const rank = new Map<string, number>();
LAYERS.forEach((folders, i) => folders.forEach((f) => rank.set(f, i)));

/** The top folder a path belongs to: lib/<name>, or the first path segment. */
function topFolder(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'lib' ? `lib/${parts[1]}` : parts[0]!;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'gen' && entry.name !== 'node_modules') out.push(...sources(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** file → the files it imports (relative imports only; packages are not our layering). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = (m[1] ?? m[2])!;
      targets.push(normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'));
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components with more than one node (Tarjan), i.e. the import cycles. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const RAW_TIME = /\b(?:Date\.now|performance\.now)\(|(?:^|[^.\w])set(?:Timeout|Interval)\(/;

/** The text with string, template and comment contents blanked (line breaks kept), so braces in them do not count. */
function stripStringsAndComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) => m.replace(/[^\n]/g, ' '));
}

const FUNCTION_START = /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\b\s*\*?\s*(\w+)|(?:(?:public|private|protected|static|readonly|override|async|get|set)\s+)*(\w+)\s*(?:<[^>]*>)?\s*\(.*\)\s*(?::\s*[^={]+)?\{\s*$|(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?\(.*\)\s*(?::\s*[^=]+)?=>\s*\{\s*$)/;
const CONTROL = /^\s*(?:if|for|while|switch|catch|else|return|try|do|with)\b/;

/** Functions and methods longer than MAX_FUNCTION_LINES, found by matching their braces. */
function longFunctions(text: string): { name: string; line: number; lines: number }[] {
  const lines = stripStringsAndComments(text).split('\n');
  const found: { name: string; line: number; lines: number }[] = [];
  lines.forEach((line, i) => {
    const m = FUNCTION_START.exec(line);
    if (m === null || CONTROL.test(line) || !line.trimEnd().endsWith('{')) return;
    let depth = 0;
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j]!) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      if (depth <= 0) {
        if (j - i + 1 > MAX_FUNCTION_LINES) found.push({ name: m[1] ?? m[2] ?? m[3] ?? '?', line: i + 1, lines: j - i + 1 });
        return;
      }
    }
  });
  return found;
}

const files = ['lib', 'cmd', 'web', 'testing', 'test', 'bench'].flatMap((d) => sources(d));
const graph = importGraph(files);

describe('architecture: the layering holds in the source', () => {
  it('has no import cycle between files', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('has no import cycle between top folders', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = topFolder(file);
      const list = folders.get(from) ?? [];
      for (const t of targets) if (topFolder(t) !== from) list.push(topFolder(t));
      folders.set(from, list);
    }
    assert.deepEqual(cycles(folders), []);
  });

  it('imports only downwards: lib/ never imports cmd/, testing/, test/ or bench/', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = topFolder(file);
      const fromRank = rank.get(from);
      if (fromRank === undefined) {
        wrong.push(`${file}: folder ${from} is in no layer (add it to LAYERS and docs/architecture.md)`);
        continue;
      }
      for (const t of targets) {
        const to = topFolder(t);
        if (to === from) continue;
        const toRank = rank.get(to);
        if (toRank === undefined || toRank >= fromRank) wrong.push(`${file} imports ${relative('.', t)} (${from} may not import ${to})`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('keeps hand-written files in lib/ and cmd/ to about 400 lines and functions to about 80', () => {
    const long: string[] = [];
    for (const file of files.filter((f) => /^(lib|cmd)\//.test(f))) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const lines = text.split('\n').length;
      if (lines > MAX_FILE_LINES) long.push(`${file}: ${lines} lines`);
      for (const f of longFunctions(text)) long.push(`${file}:${f.line}: ${f.name} is ${f.lines} lines`);
    }
    assert.deepEqual(long, []);
  });

  it('reads time only through lib/time in server code (no Date.now, performance.now or bare timers)', () => {
    // The SDK and the conformance kit are clients that run on real time; everything else takes a Clock.
    const exempt = /^lib\/(time|client|conformance)\//;
    const raw: string[] = [];
    for (const file of files.filter((f) => f.startsWith('lib/') && !exempt.test(f))) {
      const code = stripStringsAndComments(readFileSync(join(ROOT, file), 'utf8'));
      code.split('\n').forEach((line, i) => {
        if (RAW_TIME.test(line)) raw.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(raw, []);
  });

  it('finds the imports it checks (the checker itself works)', () => {
    const conversation = graph.get('lib/chat/conversation.ts');
    assert.ok(conversation !== undefined && conversation.includes('lib/protocol/mod.ts'), 'reads relative imports');
    assert.deepEqual(cycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]])), [['a', 'b']]);
    const body = Array.from({ length: 90 }, () => '  x++;').join('\n');
    assert.deepEqual(longFunctions(`function big(): void {\n${body}\n}\nconst s = '{';\n`).map((f) => f.name), ['big']);
    assert.ok(RAW_TIME.test('const t = Date.now();') && !RAW_TIME.test('clock.setTimeout(fn, 1);'));
  });
});
