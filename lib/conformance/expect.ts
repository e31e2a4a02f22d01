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
