/**
 * What one append() writes on ScyllaDB: the new entries and the effects they have on stored rows
 * (an EDIT replaces its target's text, a DELETE erases its target, the target's edits and its
 * reactions, MEMBERS and RENAME change the conversation): for an append without fence one list of
 * statements for one batch; for a fenced append one plain batch per log bucket plus the effects
 * on stored rows and other partitions, written once the append is verified (planFencedAppend).
 *
 * Pure: the caller reads the stored rows that EDIT/DELETE entries refer to and passes them in.
 * Every statement of a batch carries the same write timestamp, so two writes of one cell in one
 * batch would be resolved by comparing values, not by order. The plan therefore applies the batch's
 * entries in order to an in-memory view and writes each cell once, with its final value.
 */
import type { EntryKind, MembersChange, MemberRole, MessageRecord, RenameChange } from './store.js';
import { bucketOf, type StoreStatements } from './scylla_schema.js';
import { type Params, UNSET } from './scylla_session.js';

/** A stored row an EDIT or DELETE of the batch refers to, as read before planning. */
export interface TargetRow {
  /** The epoch of the visible row: part of its key. */
  epoch: number;
  kind: EntryKind;
  deleted: boolean;
  /** Seqs of the EDIT entries that refer to it. */
  editSeqs: readonly number[];
}

export interface PlannedStatement {
  query: string;
  params: Params;
  /** Which partition the statement writes (table and key), to decide whether the batch is logged. */
  partition: string;
}

export interface AppendPlan {
  statements: PlannedStatement[];
  /** More than one partition besides the activity marker: all-or-nothing needs the batch log. */
  logged: boolean;
}

/** Changes to one stored message row; undefined fields stay as they are. */
interface RowChange {
  text?: string;
  editedAt?: number;
  deleted?: boolean;
  /** '' once deleted: a deleted message keeps no attachment references (nor their keys). */
  meta?: string;
  addEdits: number[];
}

interface MemberChange {
  role?: MemberRole;
  joinedAt?: number;
  leftSeq?: number;
}

type ItemKind = 'insertEntry' | 'updateEntry' | 'dropReactions' | 'updateMember' | 'updateMembership' | 'rename' | 'touch';

/** One write of the plan, before it is given its statement. */
interface Item {
  kind: ItemKind;
  params: unknown[];
  partition: string;
}

/** Partition of the activity marker: best effort, it never makes a batch logged. */
const ACTIVITY = 's';

/** Estimated bytes the effects of a batch add to it, for the batch size check before any I/O. */
export function effectBytes(messages: readonly MessageRecord[]): number {
  let n = 64;
  for (const m of messages) {
    if (m.kind === 'edit' || m.kind === 'delete') n += 400;
    else if (m.kind === 'members' || m.kind === 'rename') n += 2 * m.meta.length + 200;
  }
  return n;
}

/** Seqs of stored rows (before the batch) that EDIT/DELETE entries of the batch refer to. */
export function targetSeqs(messages: readonly MessageRecord[]): number[] {
  const first = messages[0]!.seq;
  const out = new Set<number>();
  for (const m of messages) if ((m.kind === 'edit' || m.kind === 'delete') && m.refSeq < first) out.add(m.refSeq);
  return [...out];
}

/** The stored rows DELETE entries of the batch erase: their EDIT entries are erased too. */
export function deleteTargets(messages: readonly MessageRecord[]): Set<number> {
  const first = messages[0]!.seq;
  return new Set(messages.filter((m) => m.kind === 'delete' && m.refSeq < first).map((m) => m.refSeq));
}

/** An entry of this batch, as it will be stored, and the EDIT entries of the batch that refer to it. */
interface FreshRow {
  m: MessageRecord;
  editSeqs: number[];
}

/** The current state of a row, stored or from this batch. */
interface RowView {
  kind: EntryKind;
  deleted: boolean;
  editSeqs: number[];
}

/** The batch's entries applied in order to an in-memory view of the rows and the conversation. */
class BatchEffects {
  readonly fresh = new Map<number, FreshRow>();
  /** Changes to stored rows, in the order they were first touched. */
  readonly older = new Map<number, RowChange>();
  /** Targets of DELETE entries: their reactions go. */
  readonly dropped: number[] = [];
  readonly members = new Map<string, MemberChange>();
  title: string | undefined;
  activity = 0;

  constructor(
    messages: readonly MessageRecord[],
    readonly targets: ReadonlyMap<number, TargetRow>,
  ) {
    for (const m of messages) this.fresh.set(m.seq, { m: { ...m, editedAt: 0, deleted: false }, editSeqs: [] });
  }

  change(seq: number): RowChange {
    let c = this.older.get(seq);
    if (c === undefined) this.older.set(seq, (c = { addEdits: [] }));
    return c;
  }

  /** Undefined when there is no such row. */
  view(seq: number): RowView | undefined {
    const f = this.fresh.get(seq);
    if (f !== undefined) return { kind: f.m.kind, deleted: f.m.deleted, editSeqs: f.editSeqs };
    const t = this.targets.get(seq);
    if (t === undefined) return undefined;
    const c = this.older.get(seq);
    return { kind: t.kind, deleted: c?.deleted ?? t.deleted, editSeqs: [...t.editSeqs, ...(c?.addEdits ?? [])] };
  }

  erase(seq: number): void {
    const f = this.fresh.get(seq);
    // A row not read (not visible) is not changed: updating it needs its epoch.
    if (f === undefined && !this.targets.has(seq)) return;
    const row = f !== undefined ? f.m : this.change(seq);
    row.text = '';
    row.meta = '';
    row.deleted = true;
  }
}

function applyEdit(b: BatchEffects, entry: MessageRecord): void {
  const target = entry.refSeq;
  const v = b.view(target);
  if (v === undefined) return;
  const f = b.fresh.get(target);
  if (f !== undefined) f.editSeqs.push(entry.seq);
  else b.change(target).addEdits.push(entry.seq);
  // Like the embedded store: only a TEXT message that is not deleted takes the new text.
  if (v.kind !== 'text' || v.deleted) return;
  const row = f !== undefined ? f.m : b.change(target);
  row.text = entry.text;
  row.editedAt = entry.sentAt;
}

function applyDelete(b: BatchEffects, entry: MessageRecord): void {
  const target = entry.refSeq;
  b.dropped.push(target);
  const v = b.view(target);
  if (v === undefined) return;
  b.erase(target);
  for (const e of v.editSeqs) b.erase(e);
}

function applyMembers(b: BatchEffects, entry: MessageRecord): void {
  const c = JSON.parse(entry.meta) as MembersChange;
  for (const a of c.added) b.members.set(a.userId, { role: a.role, joinedAt: entry.sentAt, leftSeq: 0 });
  for (const userId of c.removed) {
    const m = b.members.get(userId) ?? {};
    if (!(m.leftSeq !== undefined && m.leftSeq > 0)) b.members.set(userId, { ...m, leftSeq: entry.seq });
  }
  for (const r of c.roles) {
    const m = b.members.get(r.userId);
    if (m?.leftSeq !== undefined && m.leftSeq > 0) continue;
    b.members.set(r.userId, { ...m, role: r.role });
  }
}

/** What each kind of entry does to other rows and to the conversation; a TEXT entry only adds itself. */
const APPLY: { readonly [K in EntryKind]: (b: BatchEffects, entry: MessageRecord) => void } = {
  text: () => {},
  edit: applyEdit,
  delete: applyDelete,
  members: applyMembers,
  rename: (b, entry) => {
    b.title = (JSON.parse(entry.meta) as RenameChange).title;
  },
};

/** How the rows of an append are written: their epoch, and the effects marker (0: none). */
interface RowKey {
  epoch: number;
  effectsFrom: number;
  effectsAt: number;
}

function insertItem(cid: string, { m, editSeqs }: FreshRow, key: RowKey): Item {
  const b = bucketOf(m.seq);
  return {
    kind: 'insertEntry',
    // A TEXT entry writes no cells for the other kinds' columns (unset, not null: null is a tombstone).
    params: [
      cid,
      b,
      m.seq,
      key.epoch,
      m.senderId,
      m.senderDevice,
      m.clientId,
      m.sentAt,
      m.text,
      m.kind === 'text' ? UNSET : m.kind,
      m.refSeq === 0 ? UNSET : m.refSeq,
      m.editedAt === 0 ? UNSET : m.editedAt,
      m.deleted ? true : UNSET,
      m.meta === '' ? UNSET : m.meta,
      editSeqs.length === 0 ? UNSET : editSeqs,
      key.effectsFrom === 0 ? UNSET : key.effectsFrom,
      key.effectsAt === 0 ? UNSET : key.effectsAt,
    ],
    partition: `messages:${b}`,
  };
}

function updateItem(cid: string, seq: number, c: RowChange, epoch: number): Item {
  const b = bucketOf(seq);
  return {
    kind: 'updateEntry',
    params: [c.text ?? UNSET, c.editedAt ?? UNSET, c.deleted ?? UNSET, c.meta ?? UNSET, c.addEdits.length === 0 ? UNSET : c.addEdits, cid, b, seq, epoch],
    partition: `messages:${b}`,
  };
}

/** The writes, in a fixed order: new rows, changed rows, dropped reactions, members, title, activity. */
function effectItems(cid: string, e: BatchEffects, key: RowKey): Item[] {
  const out: Item[] = [];
  for (const row of e.fresh.values()) out.push(insertItem(cid, row, key));
  for (const [seq, c] of e.older) out.push(updateItem(cid, seq, c, e.targets.get(seq)!.epoch));
  for (const seq of new Set(e.dropped)) {
    const b = bucketOf(seq);
    out.push({ kind: 'dropReactions', params: [cid, b, seq], partition: `reactions:${b}` });
  }
  for (const [user, m] of e.members) {
    out.push({ kind: 'updateMember', params: [m.role ?? UNSET, m.joinedAt ?? UNSET, m.leftSeq ?? UNSET, cid, user], partition: 'conversations' });
    if (m.leftSeq !== undefined) out.push({ kind: 'updateMembership', params: [m.leftSeq, user, cid], partition: `by_user:${user}` });
  }
  if (e.title !== undefined) out.push({ kind: 'rename', params: [e.title, cid], partition: 'conversations' });
  // USING TIMESTAMP <activity>: the highest time wins, whatever order appends land in.
  out.push({ kind: 'touch', params: [e.activity, e.activity, cid], partition: ACTIVITY });
  return out;
}

function applied(messages: readonly MessageRecord[], targets: ReadonlyMap<number, TargetRow>): BatchEffects {
  const effects = new BatchEffects(messages, targets);
  for (const entry of messages) {
    effects.activity = Math.max(effects.activity, entry.sentAt);
    APPLY[entry.kind](effects, entry);
  }
  return effects;
}

/** True when the batch changes anything besides its own rows and the activity marker. */
function hasRemote(e: BatchEffects): boolean {
  return e.older.size > 0 || e.dropped.length > 0 || e.members.size > 0 || e.title !== undefined;
}

/** The statements of an append without fence: one batch, logged when it spans partitions. */
export function planAppend(s: StoreStatements, messages: readonly MessageRecord[], targets: ReadonlyMap<number, TargetRow>): AppendPlan {
  const items = effectItems(messages[0]!.conversationId, applied(messages, targets), { epoch: 0, effectsFrom: 0, effectsAt: 0 });
  const partitions = new Set(items.filter((x) => x.partition !== ACTIVITY).map((x) => x.partition));
  return { statements: items.map((x) => ({ query: s[x.kind], params: x.params, partition: x.partition })), logged: partitions.size > 1 };
}

export interface FencedPlan {
  /**
   * The entries, one plain batch per log bucket they fall in, ascending, each row keyed by the
   * append's epoch, with the client-id rows of its entries beside them; the activity marker rides
   * with the last. Effects on entries of the same batch are already in the rows.
   */
  parts: Array<{ bucket: number; first: number; last: number; statements: PlannedStatement[] }>;
  /**
   * Effects on stored rows and other partitions (older entries, reactions, members, title), written
   * only after the append is verified, USING TIMESTAMP `at`: a fixed timestamp taken before the
   * entries were written makes a late or repeated write lose to what later entries change.
   */
  remote: PlannedStatement[];
  /** More than one partition among `remote`: all-or-nothing needs the batch log. */
  remoteLogged: boolean;
}

const AT: Partial<Record<ItemKind, keyof StoreStatements>> = {
  updateEntry: 'updateEntryAt',
  dropReactions: 'dropReactionsAt',
  updateMember: 'updateMemberAt',
  updateMembership: 'updateMembershipAt',
  rename: 'renameAt',
};

/** The client-id row of one entry: written in the batch of its entry by a fenced append. */
export function clientIdStatement(s: StoreStatements, m: MessageRecord): PlannedStatement {
  return { query: s.insertClientId, params: [m.conversationId, m.senderId, m.clientId, m.seq], partition: `client_ids:${m.senderId}:${m.clientId}` };
}

/**
 * The statements of a fenced append (scylla_fence.ts) of epoch `epoch`; `at` is the effects' write
 * timestamp (µs). The rows of an append of several entries carry its first seq (`effects_from`),
 * and when there are effects also `at` (`effects_at`), so that a claim finding them at the log's
 * end can write the client-id rows and the effects again (docs/storage.md, "Owner epochs").
 */
export function planFencedAppend(
  s: StoreStatements,
  messages: readonly MessageRecord[],
  targets: ReadonlyMap<number, TargetRow>,
  epoch: number,
  at: number,
): FencedPlan {
  const effects = applied(messages, targets);
  const remoteToo = hasRemote(effects);
  const key = { epoch, effectsFrom: remoteToo || messages.length > 1 ? messages[0]!.seq : 0, effectsAt: remoteToo ? at : 0 };
  const parts = new Map<number, FencedPlan['parts'][number] & { clientIds: PlannedStatement[] }>();
  const remote: PlannedStatement[] = [];
  let activity: PlannedStatement | undefined;
  for (const x of effectItems(messages[0]!.conversationId, effects, key)) {
    if (x.kind === 'insertEntry') {
      const seq = x.params[2] as number;
      const b = bucketOf(seq);
      let part = parts.get(b);
      if (part === undefined) parts.set(b, (part = { bucket: b, first: seq, last: seq, statements: [], clientIds: [] }));
      part.last = seq;
      part.statements.push({ query: s.insertEntry, params: x.params, partition: x.partition });
      part.clientIds.push(clientIdStatement(s, effects.fresh.get(seq)!.m));
    } else if (x.kind === 'touch') {
      activity = { query: s.touch, params: x.params, partition: x.partition };
    } else {
      remote.push({ query: s[AT[x.kind]!], params: [at, ...x.params], partition: x.partition });
    }
  }
  const sorted = [...parts.values()].sort((a, b) => a.bucket - b.bucket);
  // Entries first (a batch is named by its first statement), then their client-id rows.
  for (const part of sorted) part.statements.push(...part.clientIds.splice(0));
  sorted[sorted.length - 1]!.statements.push(activity!);
  return {
    parts: sorted.map((p) => ({ bucket: p.bucket, first: p.first, last: p.last, statements: p.statements })),
    remote,
    remoteLogged: new Set(remote.map((x) => x.partition)).size > 1,
  };
}
