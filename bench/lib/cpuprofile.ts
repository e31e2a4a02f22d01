import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sample's own time went, coarsely: a Chorus folder, an npm package, Node's internals, GC. */
export function category(fn: string, url: string): string {
  if (url === '') {
    if (fn === '(garbage collector)') return 'GC';
    if (fn === '(idle)') return 'idle';
    if (fn === '(program)') return 'native (program)';
    return `native ${fn}`;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg !== null) return pkg[1]!;
  const chorus = /\/dist\/(lib\/[^/]+(?:\/[^/]+)?\/|cmd\/|bench\/)/.exec(url);
  if (chorus !== null) return chorus[1]!.replace(/\/$/, '').replace(/\/[^/]+\.js$/, '');
  const internal = /^node:(?:internal\/)?([^/]+)/.exec(url);
  if (internal !== null) return `node:${internal[1]}`;
  return 'other';
}

export interface ProfileSummary {
  /** Sampled milliseconds, idle excluded. */
  busyMs: number;
  /** category → share of busy time, largest first. */
  categories: [string, number][];
  /** "function (file)" → share of busy time, largest first. */
  functions: [string, number][];
}

/** Self time per category and per function of one `.cpuprofile` (V8's format, as --cpu-prof writes it). */
export function summarise(file: string, top = 12): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const cats = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const node = byId.get(p.samples[i]!);
    if (node === undefined) continue;
    const us = p.timeDeltas[i] ?? 0;
    const { functionName, url } = node.callFrame;
    const cat = category(functionName, url);
    if (cat === 'idle') continue;
    busy += us;
    cats.set(cat, (cats.get(cat) ?? 0) + us);
    const name = `${functionName || '(anonymous)'} (${url.replace(/^.*\/(dist|node_modules)\//, '$1/')})`;
    fns.set(name, (fns.get(name) ?? 0) + us);
  }
  const share = (m: Map<string, number>): [string, number][] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [k, busy > 0 ? v / busy : 0]);
  return { busyMs: busy / 1000, categories: share(cats), functions: share(fns) };
}
