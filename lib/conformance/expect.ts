import assert from 'node:assert/strict';
import { ErrorCode, type IClientFrame, type ServerFrame, pb } from '../protocol/mod.js';
import type { RawConnection } from './raw.js';

/** Checks on frames, named by the protocol's terms, so a failing line says what was expected. */

export function body(f: ServerFrame, kind: NonNullable<ServerFrame['body']>): ServerFrame {
  if (f.body !== kind) throw new Error(`expected ${kind}, got ${describe(f)}`);
  return f;
}

export function error(f: ServerFrame, code: ErrorCode): ServerFrame {
  if (f.body !== 'error' || f.error?.code !== code) throw new Error(`expected error ${ErrorCode[code]}, got ${describe(f)}`);
  return f;
}

export function describe(f: ServerFrame): string {
  if (f.body === 'error') return `error ${ErrorCode[f.error?.code ?? 0] ?? f.error?.code} "${f.error?.message ?? ''}" (id ${f.id})`;
  return `${f.body ?? 'empty frame'} (id ${f.id})`;
}

/** Sends a request and checks the answer's kind. */
export async function ask(c: RawConnection, frame: IClientFrame, kind: NonNullable<ServerFrame['body']>): Promise<ServerFrame> {
  return body(await c.call(frame), kind);
}

/** Sends a request and checks it is refused with `code`. */
export async function refused(c: RawConnection, frame: IClientFrame, code: ErrorCode): Promise<ServerFrame> {
  return error(await c.call(frame), code);
}

export async function closedWith(c: RawConnection, code: number, timeoutMs = 5000): Promise<void> {
  const closed = await c.waitClosed(timeoutMs);
  assert.equal(closed.code, code, `close code (reason "${closed.reason}")`);
}

export async function direct(c: RawConnection, other: string): Promise<string> {
  const f = await ask(c, { createConversation: { kind: pb.ConversationKind.DIRECT, members: [other] } }, 'conversation');
  return f.conversation!.id!;
}

export async function group(c: RawConnection, members: string[], title = 'kit'): Promise<string> {
  const f = await ask(c, { createConversation: { kind: pb.ConversationKind.GROUP, members, title } }, 'conversation');
  return f.conversation!.id!;
}

/** Sends a text and returns its seq (from the ack). */
export async function send(c: RawConnection, conversationId: string, text: string, clientId = `k${Math.random().toString(36).slice(2)}`, resend = false): Promise<number> {
  const f = await ask(c, { send: { conversationId, clientId, text, resend } }, 'ack');
  return Number(f.ack!.seq);
}

/** Waits for a pushed Message of the conversation with the seq. */
export async function message(c: RawConnection, conversationId: string, seq: number): Promise<ServerFrame> {
  return c.next((f) => f.id === 0 && f.body === 'message' && f.message!.conversationId === conversationId && Number(f.message!.seq) === seq);
}

export function seqs(list: readonly { seq?: number | null }[] | null | undefined): number[] {
  return (list ?? []).map((m) => Number(m.seq));
}

/**
 * Sends a request, and while it is refused RATE_LIMITED waits the retry_after_ms the server gives
 * (the protocol's own back-off, for checks that must send more than a burst). Returns the answer.
 */
export async function paced(c: RawConnection, frame: IClientFrame, tries = 50): Promise<ServerFrame> {
  for (let i = 0; ; i++) {
    const f = await c.call(frame);
    if (f.body !== 'error' || f.error?.code !== ErrorCode.RATE_LIMITED) return f;
    if (i >= tries) throw new Error(`still RATE_LIMITED after ${tries} tries`);
    await new Promise((resolve) => setTimeout(resolve, f.error?.retryAfterMs || 10));
  }
}

/** Waits for a pushed frame of `kind` about the conversation. */
export function pushed(c: RawConnection, kind: NonNullable<ServerFrame['body']>, conversationId: string, also: (f: ServerFrame) => boolean = () => true): Promise<ServerFrame> {
  return c.next((f) => f.id === 0 && f.body === kind && conversationOf(f) === conversationId && also(f));
}

function conversationOf(f: ServerFrame): string | null | undefined {
  return f.message?.conversationId ?? f.joined?.id ?? f.receiptUpdate?.conversationId ?? f.reaction?.conversationId ?? f.typing?.conversationId ?? f.removed?.conversationId;
}
