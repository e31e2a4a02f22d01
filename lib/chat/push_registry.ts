import { ChorusError, ErrorCode, checkConversationId, invalid } from '../protocol/mod.js';
import { ALL_CONVERSATIONS, DefaultTargetPolicy, InvalidPushTarget, type PushPrefsStore, type PushTokenStore, type TargetPolicy, validateTarget } from '../push/mod.js';
import type { ConversationIndex } from '../storage/mod.js';
import { toClientError } from './errors.js';
import type { Caller } from './types.js';

/** Device registration and mute preferences, as the protocol offers them. */
export class PushRegistry {
  constructor(
    private readonly tokens: PushTokenStore | null,
    private readonly prefs: PushPrefsStore | null,
    private readonly conversations: ConversationIndex,
    private readonly policy: TargetPolicy,
    private readonly now: () => number,
  ) {}

  /**
   * A server without push providers still answers the push frames as documented: every platform
   * is PLATFORM_DISABLED (after the same size and shape checks), unregistering and muting are
   * harmless no-ops that answer ok, and muting a conversation one is not in is FORBIDDEN.
   */
  static disabled(store: ConversationIndex, now: () => number): PushRegistry {
    return new PushRegistry(null, null, store, { ...DefaultTargetPolicy, platforms: [] }, now);
  }

  /** `input` is the plain target object (platform plus fields); validated before anything is stored. */
  async register(caller: Caller, input: unknown): Promise<void> {
    let target;
    try {
      target = validateTarget(input, this.policy);
    } catch (err) {
      if (err instanceof InvalidPushTarget) {
        const code = err.code === 'TOO_LARGE' ? ErrorCode.TOO_LARGE : ErrorCode.INVALID_ARGUMENT;
        throw new ChorusError(code, `${err.code}: ${err.message}`, { cause: err });
      }
      throw err;
    }
    const tokens = this.tokens;
    if (tokens === null) throw new ChorusError(ErrorCode.INVALID_ARGUMENT, 'PLATFORM_DISABLED: push notifications are not configured on this server');
    await this.guard(() => tokens.register({ userId: caller.userId, deviceId: caller.deviceId, target, registeredAt: this.now() }));
  }

  async unregister(caller: Caller): Promise<void> {
    const tokens = this.tokens;
    if (tokens !== null) await this.guard(() => tokens.unregister(caller.userId, caller.deviceId));
  }

  async mute(caller: Caller, conversationId: string, until: number): Promise<void> {
    if (!Number.isSafeInteger(until) || until < 0) throw invalid('muted_until_ms must be 0 or a time in ms');
    let key = ALL_CONVERSATIONS;
    if (conversationId !== '') {
      key = checkConversationId(conversationId);
      const me = await this.guard(() => this.conversations.member(key, caller.userId));
      if (me === undefined || me.leftSeq > 0) throw new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation');
    }
    const prefs = this.prefs;
    if (prefs !== null) await this.guard(() => prefs.mute(caller.userId, key, until));
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toClientError(err);
    }
  }
}
