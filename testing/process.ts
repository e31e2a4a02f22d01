import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const ENTRY = fileURLToPath(new URL('../cmd/chorus.js', import.meta.url));

export interface ServerProcess {
  port: number;
  /** Admin HTTP port (/metrics, /healthz, /readyz). */
  adminPort: number;
  /** host:port of the cluster transport ('' for a single process). */
  grpc: string;
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process is gone. */
  exited: Promise<number | string>;
  stderr(): string;
  /** The log lines (pino writes to stdout) seen so far, for failure messages. */
  logs(): string;
}

/** Starts `chorus` as a real child process and waits for its startup log line ("chorus listening", written at any log level). */
/** `nodeArgs`: options for node itself, before the entry (those NODE_OPTIONS does not take, e.g. --cpu-prof). */
export function startServerProcess(args: string[], env: Record<string, string> = {}, timeoutMs = 15_000, nodeArgs: readonly string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, ENTRY, ...args], {
    // One gateway process unless a test is about several (keeps tests deterministic on any machine).
    env: { ...process.env, CHORUS_LOG_LEVEL: 'warn', CHORUS_GATEWAY_PROCESSES: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${err}`));
    });
    let logs = '';
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (logs.length < 4_000_000) logs += `${line}\n`;
      let msg: { msg?: string; port?: number; adminPort?: number; grpc?: string };
      try {
        msg = JSON.parse(line) as typeof msg;
      } catch {
        return;
      }
      if (msg.msg === 'chorus listening' && typeof msg.port === 'number') {
        clearTimeout(timer);
        resolve({ port: msg.port, adminPort: msg.adminPort ?? 0, grpc: msg.grpc ?? '', url: `ws://127.0.0.1:${msg.port}/v1/ws`, child, exited, stderr: () => err, logs: () => logs });
      }
    });
  });
}

/** Runs the binary to completion and returns its exit code and output. */
export function runToExit(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [ENTRY, ...args], { env: { ...process.env, CHORUS_GATEWAY_PROCESSES: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

/** Pids of a process's children (a server's gateway processes, --gateway-processes), from /proc; [] once it is gone. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
