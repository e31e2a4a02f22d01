import { ChorusError, ErrorCode, checkId, encryptedSuite, invalid, isSupportedSuite, parseDeviceIdentity } from '../protocol/mod.js';
import type { chorus } from '../protocol/gen/chorus.js';
import type { ConversationKind, EntryKind, MembersChange, MessageLog, MessageRecord } from '../storage/mod.js';
import type { MlsSendRequest } from './types.js';
import type { ConversationMessage } from './conversation_types.js';
import { type MlsFraming, type MlsKind, badMls, readFraming } from './e2ee_framing.js';

/**
 * The delivery-service rules of an end-to-end encrypted conversation (docs/e2ee.md), kept out of
 * the conversation actor: every entry is an MLS message; a handshake message must be framed for the
 * current epoch (the first commit for an epoch wins, later ones are refused with MLS_STALE_EPOCH);
 * the member list follows the users commits declare they add and remove.
 *
 * How entries are stored: an application message is a TEXT entry (it counts as unread); proposals,
 * commits and welcomes are MEMBERS entries whose meta holds the mirrored change and `mls` (kind,
 * epoch after the entry, welcome recipients). The text is the MLS message in base64.
 */

/** Largest MLS message (or piece of a welcome): its base64 form fits the store's 64 KiB text limit. */
export const MAX_MLS_BYTES = 48 * 1024;
/** Pieces one welcome may be cut into (3 MiB: the ratchet tree of ~2,000 X-Wing devices). */
export const MAX_WELCOME_PARTS = 64;

interface MlsMeta extends MembersChange {
  mls: { kind: Exclude<MlsKind, 'application'>; epoch: number; to?: string[]; part?: number; parts?: number };
}

type MlsArgs = Omit<MlsSendRequest, 'conversationId'>;

/** Shape checks where the call runs (the framing is read by the conversation actor). */
export function checkMlsArgs(a: MlsArgs, maxGroupMembers: number): MlsArgs {
  const clientId = checkId('client_id', a.clientId);
  if (!(a.message instanceof Uint8Array) || a.message.length === 0) throw badMls('empty MLS message');
  if (a.message.length > MAX_MLS_BYTES) throw new ChorusError(ErrorCode.TOO_LARGE, `an MLS message is at most ${MAX_MLS_BYTES} bytes`);
  if (a.addUsers.length + a.removeUsers.length > maxGroupMembers || a.welcomeTo.length > maxGroupMembers * 16) throw invalid('too many users in one MLS message');
  const addUsers = a.addUsers.map((u) => checkId('add_users', u));
  const removeUsers = a.removeUsers.map((u) => checkId('remove_users', u));
  for (const d of a.welcomeTo) if (parseDeviceIdentity(d) === null) throw invalid('welcome_to entries are "user/device"');
  if (a.parts > MAX_WELCOME_PARTS || (a.parts > 1 && a.part >= a.parts) || (a.parts <= 1 && a.part !== 0)) throw invalid(`a welcome is cut into at most ${MAX_WELCOME_PARTS} parts, numbered from 0`);
  return { ...a, clientId, addUsers, removeUsers };
}

/** The id prefix of a new conversation: `d`/`g` when plain, `ed.<suite>`/`eg.<suite>` when encrypted. */
export function e2eeIdPrefix(suite: number | undefined, kind: 'd' | 'g'): string {
  if (suite === undefined || suite === 0) return kind;
  if (!isSupportedSuite(suite)) throw new ChorusError(ErrorCode.BAD_MLS_MESSAGE, `cipher suite ${suite} is not offered (1 or 83)`);
  return `e${kind}.${suite}`;
}

/** Requests refused by encryption: plain content in an encrypted conversation, MLS in a plain one. */
export function e2eeRefusal(conversationId: string, m: ConversationMessage): ChorusError | null {
  const encrypted = encryptedSuite(conversationId) !== 0;
  if (m.t === 'mls') return encrypted ? null : new ChorusError(ErrorCode.ENCRYPTED_CONVERSATION, 'not an end-to-end encrypted conversation');
  if (!encrypted) return null;
  const refused: Partial<Record<ConversationMessage['t'], string>> = {
    send: 'text is sent as MLS application messages',
    edit: 'edits are sent as MLS application messages',
    react: 'reactions are sent as MLS application messages',
    delete: 'deletes are sent as MLS application messages',
    group: 'membership changes are MLS commits',
  };
  const why = refused[m.t];
  return why === undefined ? null : new ChorusError(ErrorCode.ENCRYPTED_CONVERSATION, `end-to-end encrypted conversation: ${why}`);
}

/** What an admitted MLS message becomes in the log. */
export interface MlsEntryPlan {
  kind: EntryKind;
  text: string;
  meta: string;
  change: MembersChange | null;
}

/** The epoch tracker of one encrypted conversation, owned by its conversation actor. */
export class E2eeGroup {
  /** The current MLS epoch: 0 until the first commit. */
  epoch = 0;

  constructor(
    private readonly conversationId: string,
    private readonly kind: () => ConversationKind,
    private readonly maxGroupMembers: number,
  ) {}

  /** At activation: the epoch after the log's newest entry (every entry of the log is MLS). */
  async load(log: MessageLog): Promise<void> {
    const [last] = await log.range(this.conversationId, { limit: 1 });
    this.epoch = last === undefined ? 0 : epochAfter(last);
  }

  /**
   * Checks one MLS message against the framing rules and the current epoch, and advances the epoch
   * for a commit at once (so a second commit for the same epoch in the same batch is refused). If
   * the batch then fails to store, the actor restarts and reloads the epoch from the log.
   */
  admit(m: Extract<ConversationMessage, { t: 'mls' }>, active: ReadonlySet<string>): MlsEntryPlan {
    const f: MlsFraming = m.parts > 1 ? welcomePart(m.message, m.part) : readFraming(m.message);
    const text = Buffer.from(m.message).toString('base64');
    const none = (): MembersChange => ({ added: [], removed: [], roles: [] });
    if (f.kind !== 'commit' && (m.addUsers.length > 0 || m.removeUsers.length > 0)) throw invalid('only a commit adds or removes users');
    if (f.kind === 'welcome') {
      if (m.welcomeTo.length === 0) throw invalid('a welcome names the devices it is for');
      const stranger = m.welcomeTo.map((d) => parseDeviceIdentity(d)!.userId).find((u) => !active.has(u));
      if (stranger !== undefined) throw invalid(`${stranger} is not a member: commit their addition first`);
      const parts = m.parts > 1 ? { part: m.part, parts: m.parts } : {};
      return { kind: 'members', text, meta: meta(none(), 'welcome', this.epoch, m.welcomeTo, parts), change: none() };
    }
    if (m.welcomeTo.length > 0) throw invalid('only a welcome has recipients');
    if (f.groupId !== this.conversationId) throw badMls('the MLS group id must be the conversation id');
    if (f.epoch !== this.epoch) {
      throw new ChorusError(ErrorCode.MLS_STALE_EPOCH, `framed for epoch ${f.epoch}, the conversation is at epoch ${this.epoch}: process the log and retry`);
    }
    if (f.kind === 'application') return { kind: 'text', text, meta: '', change: null };
    if (f.kind === 'proposal') return { kind: 'members', text, meta: meta(none(), 'proposal', this.epoch), change: none() };
    const change = this.commitChange(m, active);
    this.epoch++;
    return { kind: 'members', text, meta: meta(change, 'commit', this.epoch), change };
  }

  private commitChange(m: Extract<ConversationMessage, { t: 'mls' }>, active: ReadonlySet<string>): MembersChange {
    const added = [...new Set(m.addUsers)];
    const removed = [...new Set(m.removeUsers)];
    if (this.kind() === 'direct' && (added.length > 0 || removed.length > 0)) throw invalid('a direct conversation keeps its two users');
    if (added.some((u) => active.has(u))) throw invalid('add_users names a current member');
    if (removed.some((u) => !active.has(u))) throw invalid('remove_users names someone who is not a member');
    if (removed.includes(m.sender)) throw invalid('a device cannot commit its own removal (RFC 9420 12.2): another member removes it');
    if (active.size + added.length - removed.length > this.maxGroupMembers) throw new ChorusError(ErrorCode.TOO_LARGE, `a group has at most ${this.maxGroupMembers} members`);
    return { added: added.map((userId) => ({ userId, role: 'member' as const })), removed, roles: [] };
  }
}

function meta(change: MembersChange, kind: MlsMeta['mls']['kind'], epoch: number, to?: string[], parts: { part?: number; parts?: number } = {}): string {
  const m: MlsMeta = { ...change, mls: to === undefined ? { kind, epoch } : { kind, epoch, to, ...parts } };
  return JSON.stringify(m);
}

/** A piece of a welcome: the first one must start like one (MLS 1.0, wire format mls_welcome); the rest are opaque. */
function welcomePart(bytes: Uint8Array, part: number): MlsFraming {
  if (part === 0 && (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 1 || bytes[2] !== 0 || bytes[3] !== 3)) throw badMls('only a welcome is sent in parts');
  return { kind: 'welcome', groupId: '', epoch: -1 };
}

/** The epoch after a stored entry of an encrypted conversation. */
function epochAfter(r: MessageRecord): number {
  if (r.kind === 'members') return (JSON.parse(r.meta) as Partial<MlsMeta>).mls?.epoch ?? 0;
  if (r.kind === 'text' && r.text !== '') return readFraming(Buffer.from(r.text, 'base64')).epoch;
  return 0;
}

const WIRE_KIND: Record<MlsKind, number> = { application: 1, proposal: 2, commit: 3, welcome: 4 };

/** The protocol's MlsEntry of a stored entry of an encrypted conversation (undefined for others). */
export function toWireMls(r: MessageRecord): chorus.v1.IMlsEntry | undefined {
  if (encryptedSuite(r.conversationId) === 0 || r.text === '') return undefined;
  const message = Buffer.from(r.text, 'base64');
  if (r.kind === 'text') return { kind: WIRE_KIND.application, epoch: 0, message };
  const m = (JSON.parse(r.meta) as Partial<MlsMeta>).mls;
  if (m === undefined) return undefined;
  return { kind: WIRE_KIND[m.kind], epoch: m.epoch, message, welcomeTo: m.to ?? [], part: m.part ?? 0, parts: m.parts ?? 0 };
}
