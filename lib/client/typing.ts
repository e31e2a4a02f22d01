import type { TypingEvent } from './types.js';

/** Who is typing where. Indicators lapse by themselves after the server's TTL. */
export class Typers {
  /** conversation → user → when their typing indicator lapses (local clock). */
  private readonly until = new Map<string, Map<string, number>>();

  started(t: TypingEvent): void {
    let users = this.until.get(t.conversationId);
    if (users === undefined) this.until.set(t.conversationId, (users = new Map()));
    users.set(t.userId, Date.now() + t.expiresInMs);
  }

  /** The user's message arrived: they are done typing it. */
  stopped(conversationId: string, userId: string): void {
    this.until.get(conversationId)?.delete(userId);
  }

  who(conversationId: string): string[] {
    const users = this.until.get(conversationId);
    if (users === undefined) return [];
    const now = Date.now();
    for (const [u, until] of users) if (until <= now) users.delete(u);
    return [...users.keys()];
  }
}
