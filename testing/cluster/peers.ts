import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./peer_process.js', import.meta.url));

export interface PeerProcess {
  id: string;
  address: string;
  port: number;
  child: ChildProcess;
  exited: Promise<number | string>;
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>;
}

/** Starts testing/cluster/peer_process.js and waits (bounded) for its ready line. */
export function startPeerProcess(id: string, port = 0, extra: string[] = [], timeoutMs = 10_000): Promise<PeerProcess> {
  const child = spawn(process.execPath, [ENTRY, '--id', id, '--port', String(port), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`peer ${id} did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`peer ${id} exited (${code}) before it was ready: ${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let msg: { ready?: boolean; address?: string };
      try {
        msg = JSON.parse(line) as typeof msg;
      } catch {
        return;
      }
      if (msg.ready === true && typeof msg.address === 'string') {
        clearTimeout(timer);
        const address = msg.address;
        resolve({
          id,
          address,
          port: Number(address.slice(address.lastIndexOf(':') + 1)),
          child,
          exited,
          async kill() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exited;
          },
        });
      }
    });
  });
}
