import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PushMetrics, PushJob, PushNotification, PushOutcomeKind, PushPlatform, PushTarget } from '../../../lib/push/mod.js';
import { pushKey } from '../../../lib/push/mod.js';

/** A fresh directory for SQLite files, removed by cleanup(). */
export function tempDir(prefix: string): { path(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function pushJob(target: PushTarget, deviceId: string, notification: PushNotification, notBefore: number, ttlMs = 3600_000): PushJob {
  return {
    key: pushKey(notification.conversationId, notification.seq, deviceId),
    userId: 'bob',
    deviceId,
    target,
    notification,
    notBefore,
    expiresAt: notBefore + ttlMs,
  };
}

/** PushMetrics that remembers every call as `platform outcome reason`. */
export class RecordingMetrics implements PushMetrics {
  readonly seen: string[] = [];
  outcome(platform: PushPlatform, outcome: PushOutcomeKind | 'dropped', reason: string): void {
    this.seen.push(`${platform} ${outcome} ${reason}`);
  }
}

/** Resolves when cond() holds; fails after the deadline. Polls on the event loop. */
export async function until(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
