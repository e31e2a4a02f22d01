/** Per-user notification preferences: muted conversations and do-not-disturb. */
export interface PushPrefsStore {
  /**
   * Mutes a conversation (or, with ALL_CONVERSATIONS, every conversation) until `until` (ms since
   * epoch; 0 unmutes, Number.MAX_SAFE_INTEGER mutes for good).
   */
  mute(userId: string, conversationId: string, until: number): Promise<void>;
  /** Whether pushes for this conversation are muted at `now` (the conversation's or the global mute). */
  isMuted(userId: string, conversationId: string, now: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The conversation id that stands for "every conversation" (do not disturb). */
export const ALL_CONVERSATIONS = '*';
