import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, type WebSocketConstructor } from '../../lib/client/mod.js';
import { AckLedger } from '../../testing/ledger.js';

/** One send as the client saw it, on this process's clock (performance.now(), ms). */
export interface SendRecord {
  sender: string;
  issuedAt: number;
  /** When the SDK resolved the send with its ack; null while outstanding or when it failed. */
  ackedAt: number | null;
  failed: boolean;
}

export interface SdkConversation {
  id: string;
  kind: 'direct' | 'group';
  members: string[];
  sends: SendRecord[];
}

export interface SdkLoadSpec {
  /** ws:// URL every client connects to (a balancer in front of the gateways). */
  url: string;
  issuer: DevTokenIssuer;
  users: number;
  /** Each conversation's loop waits this long after an ack before its next send. */
  pauseMs: number;
  /** Text bytes per message. */
  textBytes: number;
}

/**
 * Chat traffic from real SDK clients (lib/client) in this process, for scenarios that break the
 * cluster on purpose: U users, one direct conversation per neighbour pair in a ring of users and
 * ⌈U/4⌉ groups of up to 5, and per conversation one closed loop (send, wait for the ack, pause) whose
 * sender rotates over the members. The SDK resends unacknowledged messages after a reconnect with
 * the same client id, so the loop measures what an app sees: how long a send takes to be
 * acknowledged, across kills and drains. Every ack goes to an AckLedger for the store check.
 */
export class SdkLoad {
  readonly ledger = new AckLedger();
  readonly clients = new Map<string, ChorusClient>();
  readonly conversations: SdkConversation[] = [];
  /** user → times (performance.now()) its socket closed, with the close code. */
  readonly disconnects = new Map<string, { at: number; code: number }[]>();
  /** user → times it was logged in again (state `ready`: Welcome received) and caught up after it (`synced`). */
  readonly readies = new Map<string, number[]>();
  readonly syncs = new Map<string, number[]>();
  errors = 0;
  readonly errorKinds = new Map<string, number>();
  firstError: string | null = null;
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly padding: string;

  private constructor(private readonly spec: SdkLoadSpec) {
    this.padding = 'x'.repeat(Math.max(0, spec.textBytes - 12));
  }

  static async start(spec: SdkLoadSpec, runTag: string): Promise<SdkLoad> {
    const load = new SdkLoad(spec);
    try {
      const names = Array.from({ length: spec.users }, (_, i) => `f${runTag}u${i}`);
      for (const name of names) {
        const c = new ChorusClient({
          url: spec.url,
          token: await spec.issuer.issue(name),
          deviceId: 'bench',
          WebSocket: WebSocket as unknown as WebSocketConstructor,
          requestTimeoutMs: 30_000,
        });
        load.clients.set(name, c);
        load.ledger.watch(name, c);
        load.disconnects.set(name, []);
        load.syncs.set(name, []);
        load.readies.set(name, []);
        c.on('state', (st) => st === 'ready' && load.readies.get(name)!.push(performance.now()));
        c.on('disconnected', ({ code }) => load.disconnects.get(name)!.push({ at: performance.now(), code }));
        c.on('synced', () => load.syncs.get(name)!.push(performance.now()));
        c.on('error', () => undefined);
        await c.connect();
      }
      const n = names.length;
      for (let i = 0; i < n; i++) {
        const a = names[i]!;
        const b = names[(i + 1) % n]!;
        if (n === 2 && i === 1) break;
        const conv = await load.clients.get(a)!.createDirect(b);
        load.conversations.push({ id: conv.id, kind: 'direct', members: [a, b], sends: [] });
      }
      for (let g = 0; g < Math.ceil(n / 4); g++) {
        const members = [...new Set(Array.from({ length: Math.min(5, n) }, (_, k) => names[(g * 4 + k) % n]!))];
        const conv = await load.clients.get(members[0]!)!.createGroup(`failover ${g}`, members.slice(1));
        load.conversations.push({ id: conv.id, kind: 'group', members, sends: [] });
      }
    } catch (err) {
      load.close();
      throw err;
    }
    return load;
  }

  /** conversation id → the users who receive it (all members), for the ledger. */
  members(): Map<string, string[]> {
    return new Map(this.conversations.map((c) => [c.id, c.members]));
  }

  run(): void {
    this.running = true;
    this.loops = this.conversations.map((c, i) => this.loop(c, i));
  }

  /** Stops issuing sends and waits for the ones in flight to be acknowledged or to fail. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
  }

  private async loop(c: SdkConversation, index: number): Promise<void> {
    let n = 0;
    while (this.running) {
      const sender = c.members[n % c.members.length]!;
      // [A-Za-z0-9_-]{1,64}: unique per sender and conversation.
      const clientId = `${sender}-c${index}-${(n++).toString(36)}`;
      const rec: SendRecord = { sender, issuedAt: performance.now(), ackedAt: null, failed: false };
      c.sends.push(rec);
      try {
        const ack = await this.clients.get(sender)!.send(c.id, `${n}|${this.padding}`, clientId);
        rec.ackedAt = performance.now();
        this.ledger.acked(c.id, clientId, Number(ack.seq));
      } catch (err) {
        rec.failed = true;
        this.errors++;
        const kind = err instanceof Error ? err.name : 'unknown';
        this.firstError ??= err instanceof Error ? err.message : String(err);
        this.errorKinds.set(kind, (this.errorKinds.get(kind) ?? 0) + 1);
      }
      if (this.spec.pauseMs > 0) await new Promise((r) => setTimeout(r, this.spec.pauseMs));
    }
  }

  /**
   * Per conversation, ms from `t` until the ack of the first send issued after `t` that was
   * acknowledged (null where none is yet): "served again" as one conversation's users see it.
   */
  servedAfter(t: number): (number | null)[] {
    return this.conversations.map((c) => {
      let best: number | null = null;
      for (let i = c.sends.length - 1; i >= 0; i--) {
        const s = c.sends[i]!;
        if (s.issuedAt <= t) break;
        if (s.ackedAt !== null) best = best === null ? s.ackedAt - t : Math.min(best, s.ackedAt - t);
      }
      return best;
    });
  }

  /** Waits until every conversation was served after `t`; false when `timeoutMs` passed first. */
  async waitServedAfter(t: number, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (this.servedAfter(t).some((x) => x === null)) {
      if (performance.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 10));
    }
    return true;
  }

  /** Send→ack latencies (ms) of the acknowledged sends issued in [from, to), optionally by some senders only. */
  ackLatencies(from: number, to: number, senders?: ReadonlySet<string>): number[] {
    const out: number[] = [];
    for (const c of this.conversations) {
      for (const s of c.sends) {
        if (s.issuedAt < from || s.issuedAt >= to || s.ackedAt === null) continue;
        if (senders !== undefined && !senders.has(s.sender)) continue;
        out.push(s.ackedAt - s.issuedAt);
      }
    }
    return out;
  }

  /** Users whose socket closed in [from, to): the clients a kill or drain moved to another gateway. */
  movedBetween(from: number, to: number): Set<string> {
    const out = new Set<string>();
    for (const [name, list] of this.disconnects) if (list.some((d) => d.at >= from && d.at < to)) out.add(name);
    return out;
  }

  /**
   * Waits until each of `users` has synced again after `t`; returns ms from `t` until the last of
   * them was logged in again (`ready`) and until the last had synced (0 for nobody), or null when
   * `timeoutMs` passed first.
   */
  async waitResynced(users: ReadonlySet<string>, t: number, timeoutMs: number): Promise<{ readyMs: number; syncedMs: number } | null> {
    const deadline = performance.now() + timeoutMs;
    const first = (m: Map<string, number[]>, u: string): number | undefined => m.get(u)?.find((x) => x > t);
    while ([...users].some((u) => first(this.syncs, u) === undefined)) {
      if (performance.now() > deadline) return null;
      await new Promise((r) => setTimeout(r, 10));
    }
    const last = (m: Map<string, number[]>): number => Math.max(0, ...[...users].map((u) => (first(m, u) ?? t) - t));
    return { readyMs: last(this.readies), syncedMs: last(this.syncs) };
  }

  /** All sends, for the per-second series. */
  allSends(): SendRecord[] {
    return this.conversations.flatMap((c) => c.sends);
  }
}
