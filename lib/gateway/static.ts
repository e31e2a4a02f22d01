import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StaticFile {
  contentType: string;
  body: Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** Loads the built web page into memory once; the gateway serves it from there. */
export function loadStaticFiles(dir: string, names: readonly string[]): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of names) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const ext = name.slice(name.lastIndexOf('.'));
    files.set(`/${name === 'index.html' ? '' : name}`, { contentType: TYPES[ext] ?? 'application/octet-stream', body: readFileSync(path) });
  }
  return files;
}
