import type { ClientState, Welcome } from 'ts-mls';
import { decodeMlsMessage } from 'ts-mls';
import { encryptedSuite } from '../../protocol/mod.js';
import type { chorus } from '../../protocol/gen/chorus.js';
import type { Message } from '../types.js';
import type { MlsDevice } from './device.js';
import { members, processIncoming } from './group_ops.js';
import { type E2eePayload, decodePayload } from './payload.js';

/** MlsEntry.kind values (client.proto MlsKind). */
const KIND = { APPLICATION: 1, PROPOSAL: 2, COMMIT: 3, WELCOME: 4 } as const;
/** Entries kept per conversation while this device waits for its welcome. */
const MAX_WAITING = 1000;

export interface E2eeMessage {
  conversationId: string;
  seq: number;
  senderId: string;
  senderDevice: string;
  sentAtMs: number;
  /** What the sender encrypted: a text, or an edit, reaction or delete of an earlier seq. */
  payload: E2eePayload;
  /** The text of a text or edit payload, '' otherwise. */
  text: string;
}

export interface Undecryptable {
  conversationId: string;
  seq: number;
  senderId: string;
  senderDevice: string;
  reason: string;
}

export interface E2eeEvents {
  /** A decrypted application message (own ones too, from what this device sent). */
  message: (m: E2eeMessage) => void;
  /** An application message this device cannot read: sent before it joined, or after it was removed. */
  undecryptable: (u: Undecryptable) => void;
  /** This device joined the conversation's group from a welcome. */
  joined: (conversationId: string) => void;
  /** A commit changed the group (devices added, removed, keys updated). */
  changed: (conversationId: string, epoch: number) => void;
  error: (err: Error) => void;
}

/** What the inbound side needs of its E2eeClient. */
export interface InboundHost {
  device: MlsDevice;
  emit<K extends keyof E2eeEvents>(event: K, ...args: Parameters<E2eeEvents[K]>): void;
  /** A key package of this device was used: publish more. */
  replenish(): void;
  /** Keeps a decrypted message in the local search index (done before the entry counts as processed). */
  index(m: E2eeMessage): Promise<void>;
}

interface PendingCommit {
  clientId: string;
  newState: ClientState;
  landed: () => void;
}

/**
 * The receiving half of E2eeClient: per conversation, one queue in which log entries are processed
 * in seq order and sends take their turn, the group state (cached, saved after every change), the
 * last processed seq (saved, so a restart never processes an entry twice), and what this device
 * sent and awaits back from the log (a sender cannot decrypt its own messages, nor process its own
 * commit: it adopts the state it made when the log reaches that commit).
 */
export class E2eeInbound {
  private readonly groups = new Map<string, ClientState>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly processed = new Map<string, number>();
  private readonly sent = new Map<string, E2eePayload>();
  private readonly commits = new Map<string, PendingCommit>();
  private readonly waiting = new Map<string, Message[]>();
  /** Pieces of a welcome sent in parts, by conversation and sending device, until the last one. */
  private readonly pieces = new Map<string, Uint8Array[]>();

  constructor(private readonly host: InboundHost) {}

  /** Runs `fn` in the conversation's queue, after everything queued before it. */
  run<T>(conversationId: string, fn: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(conversationId) ?? Promise.resolve()).then(fn, fn);
    this.queues.set(conversationId, next.catch(() => undefined));
    return next;
  }

  async settled(conversationId: string): Promise<void> {
    await this.queues.get(conversationId);
  }

  accept(m: Message): Promise<void> {
    return this.run(m.conversationId, () => this.entry(m)).catch((err: Error) => this.host.emit('error', err));
  }

  async group(conversationId: string): Promise<ClientState | undefined> {
    let s = this.groups.get(conversationId);
    if (s === undefined) {
      s = await this.host.device.loadGroup(conversationId);
      if (s !== undefined) this.groups.set(conversationId, s);
    }
    return s;
  }

  async requireGroup(conversationId: string): Promise<ClientState> {
    const s = await this.group(conversationId);
    if (s === undefined) throw new Error(`this device is not in the encrypted group ${conversationId} (yet)`);
    if (s.groupActiveState.kind !== 'active') throw new Error(`this device was removed from ${conversationId}`);
    return s;
  }

  async knownGroups(): Promise<string[]> {
    return [...new Set([...this.groups.keys(), ...(await this.storeGroups())])];
  }

  /** Takes a state as the group's current one (and, with `seq`, marks the log processed up to it). */
  async adopt(conversationId: string, state: ClientState, seq?: number): Promise<void> {
    this.groups.set(conversationId, state);
    await this.host.device.saveGroup(conversationId, state);
    if (seq !== undefined) await this.markProcessed(conversationId, seq);
  }

  sending(conversationId: string, clientId: string, payload: E2eePayload): void {
    this.sent.set(`${conversationId} ${clientId}`, payload);
  }

  unsent(conversationId: string, clientId: string): void {
    this.sent.delete(`${conversationId} ${clientId}`);
  }

  /** A commit of this device on its way: resolves when the log brings it back and its state is adopted. */
  expectCommit(conversationId: string, clientId: string, newState: ClientState): Promise<void> {
    return new Promise((landed) => this.commits.set(conversationId, { clientId, newState, landed }));
  }

  dropCommit(conversationId: string, clientId: string): void {
    if (this.commits.get(conversationId)?.clientId === clientId) this.commits.delete(conversationId);
  }

  private async entry(m: Message): Promise<void> {
    const id = m.conversationId;
    const seq = Number(m.seq);
    if (seq <= (await this.processedSeq(id))) return;
    const state = await this.group(id);
    if (state === undefined) {
      if (mlsOf(m).kind === KIND.WELCOME) await this.welcome(m);
      else this.wait(m);
      return;
    }
    const mine = m.senderId === this.host.device.userId && m.senderDevice === this.host.device.deviceId;
    if (!mine && Number(state.groupContext.epoch) === 0 && members(state).length === 1) {
      // A group this device made whose first commit never reached the log: another device's came
      // first (two people starting the same direct chat at once). Wait for a welcome to that group.
      if (mlsOf(m).kind !== KIND.WELCOME) return this.wait(m);
      if (await this.welcome(m)) return;
    }
    if (mlsOf(m).kind === KIND.WELCOME) {
      // Already in the group: a welcome for other devices.
    } else if (mine) await this.own(m);
    else await this.other(m, state);
    await this.markProcessed(id, seq);
  }

  private async own(m: Message): Promise<void> {
    const id = m.conversationId;
    if (mlsOf(m).kind === KIND.COMMIT) {
      const p = this.commits.get(id);
      if (p === undefined || p.clientId !== m.clientId) {
        this.host.emit('error', new Error(`a commit of this device in ${id} (seq ${m.seq}) is not known here: the group state cannot follow it`));
        return;
      }
      this.commits.delete(id);
      await this.adopt(id, p.newState);
      p.landed();
      this.host.emit('changed', id, Number(p.newState.groupContext.epoch));
      return;
    }
    if (mlsOf(m).kind !== KIND.APPLICATION) return;
    const key = `${id} ${m.clientId}`;
    const payload = this.sent.get(key);
    this.sent.delete(key);
    if (payload === undefined) this.undecryptable(m, 'sent by this device before it restarted (a sender cannot decrypt its own messages)');
    else await this.deliver(m, payload);
  }

  private async other(m: Message, state: ClientState): Promise<void> {
    const id = m.conversationId;
    if (state.groupActiveState.kind !== 'active') {
      if (mlsOf(m).kind === KIND.APPLICATION) this.undecryptable(m, 'sent after this device was removed');
      return;
    }
    try {
      const r = await processIncoming(state, encryptedSuite(id), mlsOf(m).message);
      await this.adopt(id, r.newState);
      if (r.kind === 'application') await this.deliver(m, decodePayload(r.plaintext));
      else if (mlsOf(m).kind === KIND.COMMIT) this.host.emit('changed', id, Number(r.newState.groupContext.epoch));
    } catch (err) {
      if (mlsOf(m).kind === KIND.APPLICATION) this.undecryptable(m, `cannot decrypt: ${(err as Error).message}`);
      else this.host.emit('error', new Error(`cannot apply ${mlsOf(m).kind === KIND.COMMIT ? 'commit' : 'proposal'} seq ${m.seq} of ${id}: ${(err as Error).message}`));
    }
  }

  /** A welcome: join if it is for this device, then read what waited (pre-join messages stay unreadable). */
  private async welcome(m: Message): Promise<boolean> {
    const id = m.conversationId;
    if (!mlsOf(m).welcomeTo.includes(this.host.device.identity)) return false;
    const bytes = this.assemble(m);
    if (bytes === null) return false;
    const d = decodeMlsMessage(bytes, 0);
    if (d === undefined || d[0].wireformat !== 'mls_welcome') return false;
    let state: ClientState | null;
    try {
      state = await this.host.device.join((d[0] as { welcome: Welcome }).welcome, encryptedSuite(id));
    } catch (err) {
      this.host.emit('error', new Error(`cannot join ${id} from the welcome at seq ${m.seq}: ${(err as Error).message}`));
      return false;
    }
    if (state === null) return false;
    await this.adopt(id, state, Number(m.seq));
    this.host.replenish();
    this.host.emit('joined', id);
    const earlier = this.waiting.get(id) ?? [];
    this.waiting.delete(id);
    // Messages of the joined epoch that were logged between the commit and the welcome are readable.
    for (const w of earlier) if (mlsOf(w).kind === KIND.APPLICATION) await this.other(w, this.groups.get(id)!);
    return true;
  }

  /** The whole welcome: the entry itself, or the pieces gathered once the last arrives (null before). */
  private assemble(m: Message): Uint8Array | null {
    const e = mlsOf(m);
    if (e.parts <= 1) return e.message;
    const key = `${m.conversationId} ${m.senderId}/${m.senderDevice}`;
    const got = e.part === 0 ? [] : (this.pieces.get(key) ?? []);
    this.pieces.delete(key);
    if (got.length !== e.part) return null; // a piece is missing: this welcome cannot be read
    got.push(e.message);
    if (e.part < e.parts - 1) {
      this.pieces.set(key, got);
      return null;
    }
    const whole = new Uint8Array(got.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of got) {
      whole.set(p, at);
      at += p.length;
    }
    return whole;
  }

  private wait(m: Message): void {
    const list = this.waiting.get(m.conversationId) ?? [];
    if (list.length >= MAX_WAITING) {
      const dropped = list.shift()!;
      if (mlsOf(dropped).kind === KIND.APPLICATION) this.undecryptable(dropped, 'sent before this device joined');
    }
    list.push(m);
    this.waiting.set(m.conversationId, list);
  }

  private async deliver(m: Message, payload: E2eePayload): Promise<void> {
    const text = payload.t === 'text' || payload.t === 'edit' ? payload.text : '';
    const message: E2eeMessage = { conversationId: m.conversationId, seq: Number(m.seq), senderId: m.senderId, senderDevice: m.senderDevice, sentAtMs: Number(m.sentAtMs), payload, text };
    this.host.emit('message', message);
    await this.host.index(message);
  }

  private undecryptable(m: Message, reason: string): void {
    this.host.emit('undecryptable', { conversationId: m.conversationId, seq: Number(m.seq), senderId: m.senderId, senderDevice: m.senderDevice, reason });
  }

  private async processedSeq(id: string): Promise<number> {
    let n = this.processed.get(id);
    if (n === undefined) {
      const raw = await this.host.device.loadMark(id);
      n = raw ?? 0;
      this.processed.set(id, n);
    }
    return n;
  }

  private async markProcessed(id: string, seq: number): Promise<void> {
    if (seq <= (this.processed.get(id) ?? 0)) return;
    this.processed.set(id, seq);
    await this.host.device.saveMark(id, seq);
  }

  private async storeGroups(): Promise<string[]> {
    return this.host.device.groupIds();
  }
}

/** Members' user ids of a state (for tests and the page). */
export function memberUsers(state: ClientState): string[] {
  return [...new Set(members(state).map((m) => m.userId))];
}

/** A decoded entry's MLS part (decoding fills every field). */
function mlsOf(m: Message): chorus.v1.MlsEntry {
  return m.mls as chorus.v1.MlsEntry;
}
