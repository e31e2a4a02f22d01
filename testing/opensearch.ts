import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPTS = fileURLToPath(new URL('../../scripts/opensearch/', import.meta.url));

export interface TestOpenSearch {
  url: string;
  pid: number;
  dir: string;
  stop(): Promise<void>;
  /** Starts the node again on its data and ports (after it was killed); `pid` is the new process. */
  restart(): Promise<void>;
}

function run(script: string, args: string[], timeoutMs: number, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', [`${SCRIPTS}${script}`, ...args], { timeout: timeoutMs, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${script} failed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** A fresh throwaway node from scripts/opensearch/start.sh (its own directory and ports). */
export async function startOpenSearch(timeoutMs = 240_000): Promise<TestOpenSearch> {
  const out = await run('start.sh', [], timeoutMs);
  const field = (name: string, text = out): string => {
    const m = new RegExp(`^OPENSEARCH_${name}=(.*)$`, 'm').exec(text);
    if (m === null) throw new Error(`start.sh printed no OPENSEARCH_${name}=: ${text}`);
    return m[1]!;
  };
  const dir = field('DIR');
  const node: TestOpenSearch = {
    url: field('URL'),
    pid: Number(field('PID')),
    dir,
    stop: () => run('stop.sh', [dir], 60_000).then(() => {}),
    async restart() {
      node.pid = Number(field('PID', await run('start.sh', [], timeoutMs, { OPENSEARCH_DIR: dir })));
    },
  };
  return node;
}
