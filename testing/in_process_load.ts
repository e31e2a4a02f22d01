import { ChorusError, ErrorCode, type ServerFrame } from '../lib/protocol/mod.js';
import { withDeadline } from '../lib/time/mod.js';
import type { InProcessCluster, InProcessNode, Session } from './in_process_cluster.js';
import { SessionClosedError } from './in_process_cluster.js';
import { AckLedger, type Verdict } from './ledger.js';

/** How long one send may keep being retried (moves, kills, reconnects) before it counts as failed. */
const SEND_DEADLINE_MS = 5_000;

/** A message a session got live: checked against the log (a fenced node must never fan out). */
interface LiveFrame {
  session: number;
  conversationId: string;
  seq: number;
  senderId: string;
  clientId: string;
}

/**
 * A user as the SDK behaves (lib/client/cache.ts, outbox.ts): one session at a time, reconnected
 * on another running node when its node closes it, then a sync; live messages emitted once and in
 * order per conversation (early ones held while history fills the gap, older ones dropped);
 * unacknowledged sends retried with the same client id, marked resend.
 */
export class SimUser {
  session: Session | null = null;
  /** Live message frames, every session of this user. */
  readonly live: LiveFrame[] = [];
  private readonly cursors = new Map<string, number>();
  private readonly held = new Map<string, Set<number>>();
  private sessions = 0;
  private stopped = false;
  private connecting: Promise<Session> | null = null;
  /** Where the next connection goes (else the next running node). */
  private next: InProcessNode | undefined;

  constructor(
    readonly userId: string,
    private readonly cluster: InProcessCluster,
    private readonly ledger: AckLedger,
  ) {}

  /** Resolves with an open session, connecting (to `node`, else the next running node) if there is none. */
  ready(node?: InProcessNode): Promise<Session> {
    if (this.session?.open) return Promise.resolve(this.session);
    if (node !== undefined) this.next = node;
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  /** Moves to another node, as a client sent elsewhere by a balancer: close, reconnect there, sync. */
  moveTo(node: InProcessNode): Promise<Session> {
    this.next = node;
    this.session?.close();
    return this.ready();
  }

  /** Fetches everything after the cursors (the SDK's sync after each welcome). */
  async sync(): Promise<void> {
    for (;;) {
      const s = this.session;
      if (s === null) return;
      const page = await s.call((service, caller) => service.sync(caller, { cursors: new Map(this.cursors), limit: 500, receiptsSince: 0 }));
      for (const m of page.messages) this.ingest(m.conversationId, m.seq);
      if (page.done) return;
    }
  }

  /** Sends one message, retrying as the SDK's outbox does; resolves with the acknowledged seq. */
  async send(conversationId: string, clientId: string): Promise<number> {
    const deadline = Date.now() + SEND_DEADLINE_MS;
    for (let resend = false; ; resend = true) {
      try {
        const s = await this.ready();
        const ack = await s.call((service, caller) => service.send(caller, { conversationId, clientId, text: `${this.userId}: ${clientId}`, resend }));
        this.ledger.acked(conversationId, clientId, ack.seq);
        return ack.seq;
      } catch (err) {
        if (!retryable(err) || Date.now() > deadline || this.cluster.closed) throw err;
        await pause();
      }
    }
  }

  /** The user closes the app: no more reconnects. */
  stop(): void {
    this.stopped = true;
    this.session?.close();
  }

  /** Opens a session and syncs; a node that goes away meanwhile is left for another, as the SDK's back-off would. */
  private async connect(): Promise<Session> {
    const deadline = Date.now() + SEND_DEADLINE_MS;
    for (;;) {
      const target = this.next ?? this.cluster.pick();
      this.next = undefined;
      try {
        const s = await target.connect(this.userId);
        const n = ++this.sessions;
        this.session = s;
        s.onFrame((f) => this.onFrame(n, f));
        s.onClose(() => {
          if (this.session === s) this.session = null;
          // A failed reconnect is not lost: the next ready() connects again and reports it.
          if (!this.stopped) this.ready().catch(() => undefined);
        });
        if (!s.open) throw new SessionClosedError(`session closed: ${s.closedWith}`);
        await this.sync();
        return s;
      } catch (err) {
        if (Date.now() > deadline || this.cluster.closed) throw err;
        await pause();
      }
    }
  }

  private onFrame(session: number, f: ServerFrame): void {
    const m = f.message;
    if (!m) return;
    const seq = Number(m.seq);
    const conversationId = m.conversationId ?? '';
    this.live.push({ session, conversationId, seq, senderId: m.senderId ?? '', clientId: m.clientId ?? '' });
    this.ingest(conversationId, seq);
  }

  private ingest(conversationId: string, seq: number): void {
    let cursor = this.cursors.get(conversationId) ?? 0;
    if (seq <= cursor) return;
    if (seq > cursor + 1) {
      let held = this.held.get(conversationId);
      if (held === undefined) this.held.set(conversationId, (held = new Set()));
      held.add(seq);
      void this.fill(conversationId);
      return;
    }
    this.cursors.set(conversationId, ++cursor);
    this.ledger.saw(this.userId, conversationId, cursor);
    const held = this.held.get(conversationId);
    if (held === undefined) return;
    while (held.delete(cursor + 1)) {
      this.cursors.set(conversationId, ++cursor);
      this.ledger.saw(this.userId, conversationId, cursor);
    }
    for (const s of held) if (s <= cursor) held.delete(s);
    if (held.size === 0) this.held.delete(conversationId);
  }

  /** Fetches what lies between the cursor and the held messages (the SDK's gap filling). */
  private async fill(conversationId: string): Promise<void> {
    const s = this.session;
    if (s === null) return;
    try {
      const page = await s.call((service, caller) => service.history(caller, { conversationId, afterSeq: this.cursors.get(conversationId) ?? 0, limit: 500 }));
      for (const m of page.messages) this.ingest(conversationId, m.seq);
    } catch {
      // Moving or disconnected: the next sync fills it.
    }
  }
}

function retryable(err: unknown): boolean {
  return err instanceof SessionClosedError || (err instanceof ChorusError && err.code === ErrorCode.UNAVAILABLE);
}

/** A pause between retries, as the SDK's back-off: pacing, not a synchronisation. */
function pause(): Promise<void> {
  return new Promise((r) => setTimeout(r, 2));
}

/** What the load found, beyond the ledger's verdict. */
export interface LoadReport extends Verdict {
  /** Live frames whose seq does not hold that message in the log (a fenced or stale fan-out). */
  phantoms: number;
  /** The same seq twice in one session's live stream. */
  repeats: number;
  /** Live frames that arrived after a later seq of their conversation in the same session (the SDK reorders them). */
  reordered: number;
  liveFrames: number;
  errors: string[];
}

/**
 * A steady load: users (spread over the running nodes) sending to a direct chat with each
 * neighbour and to one group of everyone, until stopped; then every user syncs and the ledger is
 * checked against the store.
 */
export class SteadyLoad {
  readonly ledger = new AckLedger();
  readonly users = new Map<string, SimUser>();
  /** conversation → every member (all receive it). */
  readonly members = new Map<string, string[]>();
  private readonly errors: string[] = [];
  private running = true;
  private loops: Promise<void>[] = [];

  private constructor(private readonly cluster: InProcessCluster) {}

  static async start(cluster: InProcessCluster, names: readonly string[]): Promise<SteadyLoad> {
    const load = new SteadyLoad(cluster);
    for (const u of names) {
      const user = new SimUser(u, cluster, load.ledger);
      load.users.set(u, user);
      await user.ready();
    }
    const sendsTo = new Map<string, string[]>(names.map((u) => [u, []]));
    for (const [i, a] of names.entries()) {
      const b = names[(i + 1) % names.length]!;
      const direct = await (await load.user(a).ready()).call((s, c) => s.createConversation(c, { kind: 'direct', members: [b], title: '' }));
      load.members.set(direct.id, [a, b]);
      sendsTo.get(a)!.push(direct.id);
      sendsTo.get(b)!.push(direct.id);
    }
    const group = await (await load.user(names[0]!).ready()).call((s, c) => s.createConversation(c, { kind: 'group', members: names.slice(1), title: 'everyone' }));
    load.members.set(group.id, [...names]);
    for (const u of names) sendsTo.get(u)!.push(group.id);
    load.loops = names.map((u) => load.loop(load.user(u), sendsTo.get(u)!));
    return load;
  }

  user(name: string): SimUser {
    return this.users.get(name)!;
  }

  /** Resolves once `more` further sends were acknowledged; fails at the deadline. */
  async acksAfter(more: number, timeoutMs = 5_000): Promise<void> {
    const target = this.ledger.ackCount + more;
    const deadline = Date.now() + timeoutMs;
    while (this.ledger.ackCount < target) {
      if (this.errors.length > 0) throw new Error(`sends failed: ${this.errors.slice(0, 3).join('; ')}`);
      if (Date.now() > deadline) throw new Error(`only ${this.ledger.ackCount} of ${target} acks within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 1));
    }
  }

  /** Stops sending, lets every user sync, and checks everything against the store. */
  async finish(): Promise<LoadReport> {
    this.running = false;
    // A send that never settles (an actor waiting on a ManualClock timer, a lost answer) fails here, named.
    await withDeadline(Promise.all(this.loops), SEND_DEADLINE_MS * 2, () => new Error(`sends still unsettled ${SEND_DEADLINE_MS * 2} ms after the load stopped`));
    for (const u of this.users.values()) {
      await u.ready();
      await u.sync();
    }
    const verdict = await this.ledger.verify(this.cluster, this.members);
    const report: LoadReport = { ...verdict, phantoms: 0, repeats: 0, reordered: 0, liveFrames: 0, errors: [...this.errors] };
    const logs = new Map<string, Map<number, string>>();
    for (const id of this.members.keys()) logs.set(id, new Map((await this.cluster.log(id)).map((r) => [r.seq, `${r.senderId}\n${r.clientId}`])));
    for (const u of this.users.values()) {
      const seen = new Map<string, Set<number>>();
      for (const f of u.live) {
        report.liveFrames++;
        if (logs.get(f.conversationId)?.get(f.seq) !== `${f.senderId}\n${f.clientId}`) report.phantoms++;
        const key = `${f.session} ${f.conversationId}`;
        let got = seen.get(key);
        if (got === undefined) seen.set(key, (got = new Set()));
        if (got.has(f.seq)) report.repeats++;
        else if (f.seq < Math.max(0, ...got)) report.reordered++;
        got.add(f.seq);
      }
      u.stop();
    }
    return report;
  }

  private async loop(user: SimUser, conversations: string[]): Promise<void> {
    for (let n = 0; this.running; n++) {
      try {
        await user.send(conversations[n % conversations.length]!, `${user.userId}-${n}`);
      } catch (err) {
        this.errors.push(`${user.userId}: ${(err as Error).message}`);
        return;
      }
      await new Promise((r) => setImmediate(r));
    }
  }
}
