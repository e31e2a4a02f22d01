// What the user does to single messages of the open conversation: edit, delete, react. Results
// arrive as log entries and reaction events like everyone else's; only refusals are handled here.
import type { ChorusClient } from '../lib/client/mod.js';
import type { Doing } from './errors.js';
import type { MessageHandlers } from './message.js';
import type { ConvState } from './state.js';

/** How long the "Delete for everyone?" confirmation waits for the second click. */
const CONFIRM_MS = 4_000;

/** A message of a conversation. */
export interface Target {
  conversationId: string;
  seq: number;
}

/** What these actions need from the session. */
export interface MessageActionsHost {
  readonly client: Pick<ChorusClient, 'edit' | 'delete' | 'react'>;
  current(): ConvState | undefined;
  changed(): void;
  fail(err: unknown, doing: Doing): void;
}

export class MessageActions implements MessageHandlers {
  /** The message whose inline editor is open. */
  editing: Target | null = null;
  /** The message tapped (or long-pressed) to show its actions: touch screens have no hover. */
  picked: Target | null = null;
  /** The message whose Delete button was clicked once. */
  confirmingDelete: Target | null = null;
  private confirmTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: MessageActionsHost) {}

  isEditing(conversationId: string, seq: number): boolean {
    return same(this.editing, conversationId, seq);
  }

  isConfirmingDelete(conversationId: string, seq: number): boolean {
    return same(this.confirmingDelete, conversationId, seq);
  }

  isPicked(conversationId: string, seq: number): boolean {
    return same(this.picked, conversationId, seq);
  }

  /** A tap on a message shows its actions; another tap on it (or on another message) moves them. */
  pick(seq: number): void {
    const v = this.host.current();
    if (v === undefined) return;
    this.picked = this.isPicked(v.info.id, seq) ? null : { conversationId: v.info.id, seq };
    this.host.changed();
  }

  startEdit(seq: number): void {
    const v = this.host.current();
    if (v === undefined) return;
    this.editing = { conversationId: v.info.id, seq };
    this.confirmingDelete = null;
    this.host.changed();
  }

  cancelEdit(): void {
    this.editing = null;
    this.host.changed();
  }

  /** Saves the editor's text; the editor stays open when the server refuses. */
  saveEdit(seq: number, text: string): void {
    const v = this.host.current();
    const m = v?.messages.get(seq);
    if (v === undefined || m === undefined) return;
    if (text.trim() === '' || text === m.text) {
      this.cancelEdit();
      return;
    }
    this.host.client.edit(v.info.id, seq, text).then(
      () => {
        if (this.isEditing(v.info.id, seq)) this.cancelEdit();
      },
      (err: unknown) => this.host.fail(err, 'edit'),
    );
  }

  /** Deleting takes two clicks: the first one asks for confirmation. */
  remove(seq: number): void {
    const v = this.host.current();
    if (v === undefined) return;
    if (this.confirmTimer !== null) clearTimeout(this.confirmTimer);
    this.confirmTimer = null;
    if (!this.isConfirmingDelete(v.info.id, seq)) {
      this.confirmingDelete = { conversationId: v.info.id, seq };
      this.confirmTimer = setTimeout(() => {
        this.confirmingDelete = null;
        this.host.changed();
      }, CONFIRM_MS);
      this.host.changed();
      return;
    }
    this.confirmingDelete = null;
    this.host.changed();
    this.host.client.delete(v.info.id, seq).catch((err: unknown) => this.host.fail(err, 'delete'));
  }

  react(seq: number, emoji: string, add: boolean): void {
    const v = this.host.current();
    if (v === undefined) return;
    this.host.client.react(v.info.id, seq, emoji, add).then(
      (counts) => {
        v.setReactions(seq, counts);
        this.host.changed();
      },
      (err: unknown) => this.host.fail(err, 'react'),
    );
  }

  /** The message is gone (deleted, or the conversation left): nothing to edit or confirm any more. */
  drop(conversationId: string, seq?: number): void {
    const hit = (t: Target | null): boolean => t !== null && t.conversationId === conversationId && (seq === undefined || t.seq === seq);
    if (hit(this.editing)) this.editing = null;
    if (hit(this.confirmingDelete)) this.confirmingDelete = null;
    if (hit(this.picked)) this.picked = null;
  }

  /** Another conversation was opened. */
  reset(): void {
    this.editing = this.confirmingDelete = this.picked = null;
  }

  stop(): void {
    if (this.confirmTimer !== null) clearTimeout(this.confirmTimer);
    this.confirmTimer = null;
  }
}

function same(t: Target | null, conversationId: string, seq: number): boolean {
  return t !== null && t.conversationId === conversationId && t.seq === seq;
}
