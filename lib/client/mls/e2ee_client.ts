import type { ClientState } from 'ts-mls';
import { decodeMlsMessage } from 'ts-mls';
import type { chorus } from '../../protocol/gen/chorus.js';
import { DEFAULT_E2EE_SUITE, ErrorCode, deviceIdentity, encryptedSuite, parseDeviceIdentity } from '../../protocol/mod.js';
import type { ChorusClient } from '../client.js';
import { Emitter } from '../emitter.js';
import { ServerError } from '../errors.js';
import { newClientId } from '../outbox.js';
import type { Conversation, Message, SendAck } from '../types.js';
import type { LocalSearchIndex } from '../search/local_search.js';
import { MlsDevice } from './device.js';
import type { DeviceStateStore } from './device_store.js';
import { E2eeInbound, type E2eeEvents, type E2eeMessage, type InboundHost } from './e2ee_inbound.js';
import { type CommitResult, addDevices, encrypt, fingerprint, members, removeDevices, selfUpdate } from './group_ops.js';
import { type E2eePayload, encodePayload } from './payload.js';

export type { E2eeEvents, E2eeMessage, Undecryptable } from './e2ee_inbound.js';

export interface E2eeOptions {
  /** The connection (same user and device as below); create this before connecting it. */
  client: ChorusClient;
  userId: string;
  deviceId: string;
  /** Where this device keeps its MLS secrets (file_store.ts on Node, IndexedDB in the page). */
  store: DeviceStateStore;
  /** Suite of the conversations this device creates; default MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519 (1). */
  suite?: number;
  /** One-time key packages kept published (default 20). */
  keyPackages?: number;
  /** How often each group gets a self-update commit (ms; default one week; 0: never). */
  selfUpdateMs?: number;
  /** Largest MLS message sent whole (default 48 KiB, the server's limit); larger welcomes go in parts. */
  maxMessageBytes?: number;
  /**
   * Where this device indexes what it decrypted (LocalSearch over a file on Node, openFileSearch,
   * or IndexedDB in the page); `client.search` then finds those messages too. None: not searchable.
   */
  searchIndex?: LocalSearchIndex;
}

export interface DeviceInfo {
  userId: string;
  deviceId: string;
  /** Safety number of the device's signature key: compare it with the device's own screen. */
  fingerprint: string;
}

/** Attempts of one send or commit that another commit overtook (MLS_STALE_EPOCH) before giving up. */
const MAX_STALE_RETRIES = 8;
const MAX_TRANSIENT_RETRIES = 5;

/**
 * End-to-end encryption over a ChorusClient (docs/e2ee.md): this device is one MLS leaf whose
 * credential names user and device. Text, edits and reactions go out as MLS application messages;
 * membership changes are commits this device makes and the server orders; `message` events carry
 * decrypted payloads. Everything that touches a group's state runs in that group's queue, in log
 * order, so a device applies exactly the commits the log holds, in its order.
 */
export class E2eeClient extends Emitter<E2eeEvents> {
  readonly device: MlsDevice;
  readonly suite: number;
  private readonly client: ChorusClient;
  private readonly inbound: E2eeInbound;
  private readonly commitChains = new Map<string, Promise<unknown>>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private refill: ReturnType<typeof setInterval> | null = null;
  /** Sends and commits made again because another commit reached the log first. */
  readonly stats = { staleRetries: 0 };

  constructor(private readonly o: E2eeOptions) {
    super();
    this.client = o.client;
    this.suite = o.suite ?? DEFAULT_E2EE_SUITE;
    this.device = new MlsDevice(o.userId, o.deviceId, o.store);
    const host: InboundHost = {
      device: this.device,
      emit: (e, ...a) => this.emit(e, ...a),
      replenish: () => void this.ensureKeyPackages().catch((err: Error) => this.emit('error', err)),
      index: (m) => this.index(m),
    };
    if (o.searchIndex !== undefined) o.client.useLocalSearch(o.searchIndex);
    this.inbound = new E2eeInbound(host);
    o.client.on('message', (m: Message) => {
      if (m.mls !== null && m.mls !== undefined && encryptedSuite(m.conversationId) !== 0) void this.inbound.accept(m);
    });
  }

  /**
   * Publishes key packages if the directory runs low (now and every hour: others' claims use them
   * up while this device is online), and starts periodic self-updates.
   */
  async start(): Promise<void> {
    await this.ensureKeyPackages();
    if (this.refill === null) {
      this.refill = setInterval(() => void this.ensureKeyPackages().catch((err: Error) => this.emit('error', err)), 3600_000);
      (this.refill as { unref?: () => void }).unref?.();
    }
    const every = this.o.selfUpdateMs ?? 7 * 24 * 3600_000;
    if (every > 0 && this.timer === null) {
      this.timer = setInterval(() => void this.updateAll().catch((err: Error) => this.emit('error', err)), every);
      (this.timer as { unref?: () => void }).unref?.();
    }
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    if (this.refill !== null) clearInterval(this.refill);
    this.timer = this.refill = null;
  }

  /** Keeps `keyPackages` one-time packages and a last-resort one published for this device. */
  async ensureKeyPackages(): Promise<chorus.v1.IKeyPackageCount> {
    const want = this.o.keyPackages ?? 20;
    const count = (await this.client.call({ publishKeyPackages: { suite: this.suite } })).keyPackageCount as chorus.v1.KeyPackageCount;
    if (!count.low && count.hasLastResort && count.available >= want / 2) return count;
    const fresh = await this.device.newKeyPackages(this.suite, Math.max(0, want - count.available), !count.hasLastResort);
    const body = { suite: this.suite, keyPackages: fresh.oneTime, ...(fresh.lastResort ? { lastResort: fresh.lastResort } : {}) };
    return (await this.client.call({ publishKeyPackages: body })).keyPackageCount as chorus.v1.KeyPackageCount;
  }

  /** A new encrypted group: this user's other devices and the given users' devices are added by one commit. */
  async createEncryptedGroup(title: string, userIds: string[]): Promise<Conversation> {
    const conv = (await this.client.call({ createConversation: { kind: 2, members: [], title, e2eeSuite: this.suite } })).conversation as Conversation;
    await this.inbound.adopt(conv.id, await this.device.createGroup(conv.id, this.suite), 0);
    await this.addMembers(conv.id, [this.o.userId, ...userIds]);
    return conv;
  }

  /** The encrypted direct conversation with `peer`; started here unless the peer started it first. */
  async createEncryptedDirect(peer: string): Promise<Conversation> {
    const conv = (await this.client.call({ createConversation: { kind: 1, members: [peer], e2eeSuite: this.suite } })).conversation as Conversation;
    if ((await this.inbound.group(conv.id)) !== undefined || Number(conv.lastSeq) > 0) return conv;
    await this.inbound.adopt(conv.id, await this.device.createGroup(conv.id, this.suite), 0);
    await this.addMembers(conv.id, [this.o.userId, peer], false);
    return conv;
  }

  /** Adds every device of these users that has a key package (claimed from the directory). */
  async addMembers(conversationId: string, userIds: string[], mirror = true): Promise<void> {
    const suite = encryptedSuite(conversationId);
    const me = this.device.identity;
    const packages: { identity: string; bytes: Uint8Array }[] = [];
    const missing: string[] = [];
    for (const userId of new Set(userIds)) {
      const claimed = (await this.client.call({ claimKeyPackages: { userId, suite } })).claimedKeyPackages as chorus.v1.ClaimedKeyPackages;
      const theirs = (claimed.packages as chorus.v1.ClaimedKeyPackage[]).map((p) => ({ identity: deviceIdentity(userId, p.deviceId), bytes: p.keyPackage })).filter((p) => p.identity !== me);
      if (theirs.length === 0 && userId !== this.o.userId) missing.push(userId);
      packages.push(...theirs);
    }
    if (missing.length > 0) throw new Error(`no key packages published by ${missing.join(', ')}: they must open Chorus once first`);
    await this.commit(
      conversationId,
      (state) => {
        const present = new Set(members(state).map((m) => `${m.userId}/${m.deviceId}`));
        const fresh = packages.filter((p) => !present.has(p.identity)).map((p) => p.bytes);
        return fresh.length === 0 ? Promise.resolve(null) : addDevices(state, suite, fresh);
      },
      (state) => {
        const users = new Set(members(state).map((m) => m.userId));
        return mirror ? [...new Set(userIds)].filter((u) => !users.has(u)) : [];
      },
      [],
      packages.map((p) => p.identity),
    );
  }

  /** Removes a user (all their devices) from an encrypted group. */
  async removeMember(conversationId: string, userId: string): Promise<void> {
    await this.removeDevice(conversationId, userId, null);
  }

  /** Removes one device (or, with deviceId null, all of the user's); the user leaves when no device is left. */
  async removeDevice(conversationId: string, userId: string, deviceId: string | null): Promise<void> {
    const suite = encryptedSuite(conversationId);
    const state = await this.inbound.requireGroup(conversationId);
    const theirs = members(state).filter((m) => m.userId === userId);
    const gone = theirs.filter((m) => deviceId === null || m.deviceId === deviceId).map((m) => `${m.userId}/${m.deviceId}`);
    const lastOne = gone.length === theirs.length;
    await this.commit(conversationId, (s) => removeDevices(s, suite, gone), () => [], lastOne ? [userId] : [], []);
  }

  /** A self-update commit: new keys for this device in the group (post-compromise security). */
  async updateKeys(conversationId: string): Promise<void> {
    const suite = encryptedSuite(conversationId);
    await this.commit(conversationId, (s) => selfUpdate(s, suite), () => [], [], []);
  }

  send(conversationId: string, text: string): Promise<SendAck> {
    return this.sendPayload(conversationId, { t: 'text', text });
  }

  edit(conversationId: string, seq: number, text: string): Promise<SendAck> {
    return this.sendPayload(conversationId, { t: 'edit', ref: seq, text });
  }

  /** Deletes a message of this user for everyone (the others' devices drop it from their local index and view). */
  delete(conversationId: string, seq: number): Promise<SendAck> {
    return this.sendPayload(conversationId, { t: 'delete', ref: seq });
  }

  /**
   * Forgets what this device indexed of a conversation (its messages are no longer found here).
   * Leaving or being removed does not forget by itself: what was readable stays searchable, as on
   * the server, where a removed member finds messages up to their removal.
   */
  async forgetConversation(conversationId: string): Promise<void> {
    await this.o.searchIndex?.forget(conversationId);
  }

  react(conversationId: string, seq: number, emoji: string, add = true): Promise<SendAck> {
    return this.sendPayload(conversationId, { t: 'react', ref: seq, emoji, add });
  }

  /** The devices of the group as this device's MLS state has them, with their safety numbers. */
  async devices(conversationId: string): Promise<DeviceInfo[]> {
    const state = await this.inbound.group(conversationId);
    if (state === undefined) return [];
    return Promise.all(members(state).map(async (m) => ({ userId: m.userId, deviceId: m.deviceId, fingerprint: await fingerprint(m.signatureKey) })));
  }

  /** This device's own safety number for the suite (what others see for it). */
  async fingerprint(suite = this.suite): Promise<string> {
    return fingerprint((await this.device.signer(suite)).publicKey);
  }

  /** Whether this device holds the group's state (it can read and send). */
  async isMember(conversationId: string): Promise<boolean> {
    const s = await this.inbound.group(conversationId);
    return s !== undefined && s.groupActiveState.kind === 'active';
  }

  /** The group's epoch as this device has it (-1 when it holds no state). */
  async epoch(conversationId: string): Promise<number> {
    const s = await this.inbound.group(conversationId);
    return s === undefined ? -1 : Number(s.groupContext.epoch);
  }

  /** Resolves once everything received so far for the conversation has been processed. */
  settled(conversationId: string): Promise<void> {
    return this.inbound.settled(conversationId);
  }

  /** Text goes into the local index; an edit or delete applies only to a message of the same sender. */
  private async index(m: E2eeMessage): Promise<void> {
    const idx = this.o.searchIndex;
    if (idx === undefined) return;
    const p = m.payload;
    try {
      if (p.t === 'text') await idx.add({ conversationId: m.conversationId, seq: m.seq, senderId: m.senderId, sentAtMs: m.sentAtMs, text: p.text });
      else if (p.t === 'edit') await idx.edit(m.conversationId, p.ref, m.senderId, p.text);
      else if (p.t === 'delete') await idx.remove(m.conversationId, p.ref, m.senderId);
    } catch (err) {
      this.emit('error', new Error(`the local search index did not take seq ${m.seq} of ${m.conversationId}: ${(err as Error).message}`));
    }
  }

  private async sendPayload(conversationId: string, payload: E2eePayload): Promise<SendAck> {
    const suite = encryptedSuite(conversationId);
    for (let attempt = 0; ; attempt++) {
      const clientId = newClientId();
      const message = await this.inbound.run(conversationId, async () => {
        const r = await encrypt(await this.inbound.requireGroup(conversationId), suite, encodePayload(payload));
        await this.inbound.adopt(conversationId, r.newState);
        return r.message;
      });
      this.inbound.sending(conversationId, clientId, payload);
      try {
        return await this.sendMls(conversationId, clientId, message, {});
      } catch (err) {
        this.inbound.unsent(conversationId, clientId);
        if (!isStale(err) || attempt >= MAX_STALE_RETRIES) throw err;
        this.stats.staleRetries++;
        await this.catchUp(conversationId, attempt);
      }
    }
  }

  /**
   * Makes a commit on the current state, sends it (and its welcome), and resolves once the log
   * brought it back and its state was adopted. A stale epoch (another commit came first) rebuilds it.
   */
  private commit(
    conversationId: string,
    /** null: nothing to commit (any more) on this state. */
    build: (state: ClientState) => Promise<CommitResult | null>,
    addUsers: (state: ClientState) => string[],
    removeUsers: string[],
    welcomeTo: string[],
  ): Promise<void> {
    const run = async (): Promise<void> => {
      for (let attempt = 0; ; attempt++) {
        const clientId = newClientId();
        const made = await this.inbound.run(conversationId, async () => {
          const state = await this.inbound.requireGroup(conversationId);
          const r = await build(state);
          return r === null ? null : { r, adds: addUsers(state), landed: this.inbound.expectCommit(conversationId, clientId, r.newState) };
        });
        if (made === null) return;
        try {
          await this.sendMls(conversationId, clientId, made.r.commit, { addUsers: made.adds, removeUsers });
        } catch (err) {
          this.inbound.dropCommit(conversationId, clientId);
          if (!isStale(err) || attempt >= MAX_STALE_RETRIES) throw err;
          this.stats.staleRetries++;
          await this.catchUp(conversationId, attempt);
          continue;
        }
        if (made.r.welcome !== null) await this.sendWelcome(conversationId, made.r.welcome, welcomeTo.filter((w) => parseDeviceIdentity(w) !== null));
        await made.landed;
        return;
      }
    };
    // One commit at a time per conversation: the next one builds on the state the last one made.
    const chained = (this.commitChains.get(conversationId) ?? Promise.resolve()).then(run, run);
    this.commitChains.set(conversationId, chained.catch(() => undefined));
    return chained;
  }

  /** A welcome, whole or (it carries the ratchet tree, which grows with the group) in consecutive parts. */
  private async sendWelcome(conversationId: string, welcome: Uint8Array, welcomeTo: string[]): Promise<void> {
    const max = this.o.maxMessageBytes ?? 48 * 1024;
    if (welcome.length <= max) {
      await this.sendMls(conversationId, newClientId(), welcome, { welcomeTo });
      return;
    }
    const parts = Math.ceil(welcome.length / max);
    for (let part = 0; part < parts; part++) {
      await this.sendMls(conversationId, newClientId(), welcome.subarray(part * max, (part + 1) * max), { welcomeTo, part, parts });
    }
  }

  private async sendMls(
    conversationId: string,
    clientId: string,
    message: Uint8Array,
    extra: { addUsers?: string[]; removeUsers?: string[]; welcomeTo?: string[]; part?: number; parts?: number },
  ): Promise<SendAck> {
    for (let attempt = 0; ; attempt++) {
      try {
        const f = await this.client.call({ sendMls: { conversationId, clientId, message, resend: attempt > 0, ...extra } });
        return f.ack as SendAck;
      } catch (err) {
        const retryable = (err as { retryable?: boolean }).retryable === true;
        if (!retryable || attempt >= MAX_TRANSIENT_RETRIES) throw err;
        await pause(100 * 2 ** attempt);
      }
    }
  }

  /** Lets the log catch up with the commit that overtook us before trying again. */
  private async catchUp(conversationId: string, attempt: number): Promise<void> {
    await pause(20 * 2 ** Math.min(attempt, 5));
    await this.inbound.settled(conversationId);
  }

  private async updateAll(): Promise<void> {
    for (const id of await this.inbound.knownGroups()) if (await this.isMember(id)) await this.updateKeys(id);
  }
}

function isStale(err: unknown): boolean {
  return err instanceof ServerError && err.code === ErrorCode.MLS_STALE_EPOCH;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The "user/device" a key package's credential names ('' if none). */
export function keyPackageIdentity(bytes: Uint8Array): string {
  const d = decodeMlsMessage(bytes, 0);
  if (d === undefined || d[0].wireformat !== 'mls_key_package') return '';
  const c = d[0].keyPackage.leafNode.credential;
  return c.credentialType === 'basic' ? new TextDecoder().decode(c.identity) : '';
}
