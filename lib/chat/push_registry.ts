import { ChorusError, ErrorCode, checkConversationId, invalid } from '../protocol/mod.js';
import { ALL_CONVERSATIONS, InvalidPushTarget, type PushPrefsStore, type PushTokenStore, type TargetPolicy, validateTarget } from '../push/mod.js';
import type { ConversationIndex } from '../storage/mod.js';
import { toClientError } from './errors.js';
import type { Caller } from './types.js';

/** Device registration and mute preferences, as the protocol offers them. */
export class PushRegistry {
  constructor(
    private readonly tokens: PushTokenStore,
    private readonly prefs: PushPrefsStore,
    private readonly conversations: ConversationIndex,
    private readonly policy: TargetPolicy,
    private readonly now: () => number,
  ) {}

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
    await this.guard(() => this.tokens.register({ userId: caller.userId, deviceId: caller.deviceId, target, registeredAt: this.now() }));
  }

  async unregister(caller: Caller): Promise<void> {
    await this.guard(() => this.tokens.unregister(caller.userId, caller.deviceId));
  }

  async mute(caller: Caller, conversationId: string, until: number): Promise<void> {
    if (!Number.isSafeInteger(until) || until < 0) throw invalid('muted_until_ms must be 0 or a time in ms');
    let key = ALL_CONVERSATIONS;
    if (conversationId !== '') {
      key = checkConversationId(conversationId);
      const me = await this.guard(() => this.conversations.member(key, caller.userId));
      if (me === undefined || me.leftSeq > 0) throw new ChorusError(ErrorCode.FORBIDDEN, 'not a member of this conversation');
    }
    await this.guard(() => this.prefs.mute(caller.userId, key, until));
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toClientError(err);
    }
  }
}
