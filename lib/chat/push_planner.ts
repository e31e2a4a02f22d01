import type { Clock } from '../time/mod.js';
import { pushText } from '../media/mod.js';
import { encryptedSuite } from '../protocol/mod.js';
import { type PushJob, type PushOutbox, type PushPrefsStore, type PushTokenStore, type UnreadCounter, pushKey, unreadTotal } from '../push/mod.js';
import type { ConversationRecord, CursorStore, Inbox, MessageRecord } from '../storage/mod.js';

/**
 * Which of some users have no open session right now (no grace period: a closed app gets its
 * push). In one process the answer is local; in a cluster it comes from the session directory.
 */
export interface OpenSessions {
  withoutSession(userIds: string[]): string[] | Promise<string[]>;
}

export interface PushPlannerOptions {
  tokens: PushTokenStore;
  prefs: PushPrefsStore;
  outbox: PushOutbox;
  /** The badge: per-user unread counts, recounted from `store` when stale. */
  unread: UnreadCounter;
  /** For the badge: the user's recent conversations and their read cursors. */
  store: Inbox & CursorStore;
  sessions: OpenSessions;
  /** Tells the dispatcher to look for due pushes (after the collapse window). */
  wake(): void;
  /** Time for mute windows and job times, and the timer that wakes the dispatcher after the collapse window. */
  clock: Clock;
  /** A push waits this long, so a burst in one conversation collapses into one notification. */
  collapseWindowMs: number;
  /** Pushes not delivered within this are dropped. */
  ttlMs: number;
  /** 'minimal' carries only the conversation id and seq (E2E-ready); the app fetches the rest. */
  payload: 'full' | 'minimal';
  onError(err: unknown): void;
}

/** Conversations counted into the badge (the most recently active ones). */
const BADGE_CONVERSATIONS = 50;
const BADGE_CAP = 999;
const MAX_BODY = 200;

/**
 * Decides who gets a push for a stored message and writes the pushes to the outbox: members
 * other than the sender with no open session, who have not muted the conversation, one job per
 * registered device. Runs after the acknowledgement and never delays it; a failure is reported
 * and the message stays delivered to everyone online.
 */
export class PushPlanner {
  constructor(private readonly o: PushPlannerOptions) {}

  stored(conversation: ConversationRecord, message: MessageRecord, members: Iterable<string>): void {
    if (message.kind !== 'text') return;
    const others: string[] = [];
    for (const u of members) if (u !== message.senderId) others.push(u);
    if (others.length === 0) return;
    const planAll = async (offline: string[]): Promise<void> => {
      if (offline.length === 0) return;
      // Read positions once per message, for every offline member's badge.
      const cursors = await this.o.store.memberCursors(message.conversationId);
      const read = new Map(cursors.map((c) => [c.userId, c.read]));
      for (const userId of offline) this.plan(conversation, message, userId, read.get(userId) ?? 0).catch((err: unknown) => this.o.onError(err));
    };
    const run = (offline: string[]): void => void planAll(offline).catch((err: unknown) => this.o.onError(err));
    const offline = this.o.sessions.withoutSession(others);
    if (Array.isArray(offline)) {
      if (offline.length === 0) return;
      // Tokens, preferences and badges are read after the turn that stored the message.
      setImmediate(() => run(offline));
    } else {
      offline.then(run, (err: unknown) => this.o.onError(err));
    }
  }

  private async plan(conversation: ConversationRecord, m: MessageRecord, userId: string, read: number): Promise<void> {
    const o = this.o;
    const now = o.clock.now();
    if (await o.prefs.isMuted(userId, m.conversationId, now)) return;
    const devices = await o.tokens.devicesOf(userId);
    if (devices.length === 0) return;
    const badge = await this.badge(userId, m.conversationId, read);
    // Encrypted conversations always get the minimal payload: the server holds no text to show.
    const full = o.payload === 'full' && encryptedSuite(m.conversationId) === 0;
    const title = conversation.kind === 'group' ? `${m.senderId} in ${conversation.title || 'a group'}` : m.senderId;
    const jobs: PushJob[] = devices.map((d) => ({
      key: pushKey(m.conversationId, m.seq, d.deviceId),
      userId,
      deviceId: d.deviceId,
      target: d.target,
      notification: {
        conversationId: m.conversationId,
        seq: m.seq,
        collapseKey: `c:${m.conversationId}`,
        badge,
        ...(full ? { title, body: pushText(m.text, m.meta, MAX_BODY) } : {}),
      },
      notBefore: now + o.collapseWindowMs,
      expiresAt: now + o.ttlMs,
    }));
    await o.outbox.enqueue(jobs, now);
    o.clock.setTimeout(() => o.wake(), o.collapseWindowMs + 5).unref?.();
  }

  /**
   * The user's total unread count: their stored counts with this conversation's recounted (one
   * partition read, one count, one write); all of their recent conversations recounted when a
   * receipt has moved since the last full recount (unread.ts says why).
   */
  private async badge(userId: string, conversationId: string, read: number): Promise<number> {
    const { store, unread } = this.o;
    const counts = await unread.read(userId);
    if (!counts.fresh) return this.recountAll(userId);
    const n = await store.unreadCount(conversationId, userId, read, BADGE_CAP);
    await unread.set(userId, conversationId, n);
    return unreadTotal(counts, BADGE_CAP, { conversationId, unread: n });
  }

  /** Recounts the user's most recently active conversations (marked fresh first: a receipt meanwhile marks them stale again). */
  private async recountAll(userId: string): Promise<number> {
    const { store, unread } = this.o;
    await unread.setFresh(userId, true);
    const recent = await store.conversationsByActivity(userId, null, BADGE_CONVERSATIONS);
    let total = 0;
    for (const c of recent) {
      const cursors = await store.memberCursors(c.conversationId);
      const read = cursors.find((x) => x.userId === userId)?.read ?? 0;
      const n = await store.unreadCount(c.conversationId, userId, read, BADGE_CAP);
      await unread.set(userId, c.conversationId, n);
      total += n;
    }
    return Math.min(total, BADGE_CAP);
  }
}
