/** The node-to-node chat codec (chat.proto): every call and result both ways, errors, directory messages, deliveries. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CALLS, type CallArgs, type CallName, type CallResults } from '../../lib/chat/calls.js';
import {
  MalformedResultError,
  decodeCall,
  decodeDelivery,
  decodeResult,
  decodeSessionCount,
  decodeUsers,
  encodeCall,
  encodeDelivery,
  encodeError,
  encodeResult,
  encodeSessionCount,
  encodeUsers,
} from '../../lib/chat/cluster/codec.js';
import { type ChatCore, RoutedChatService, serveCall } from '../../lib/chat/cluster/routed_service.js';
import type { Caller } from '../../lib/chat/types.js';
import { type Member, MemoryNetwork, Placement, StaticMembership, silentLog } from '../../lib/cluster/mod.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import type { MessageRecord } from '../../lib/storage/mod.js';
import { systemClock } from '../../lib/time/mod.js';

const ann: Caller = { userId: 'ann', deviceId: 'phone-1' };
const CONV = 'g.codec';

/** One sample per call: a new call without one does not compile. */
const ARGS: { [N in CallName]: CallArgs[N][] } = {
  send: [{ clientId: 'c1', text: 'hello ✓', resend: false }, { clientId: 'c2', text: 'again', resend: true }],
  edit: [{ seq: 7, text: 'better', clientId: 'c3' }],
  delete: [{ seq: 2 ** 40, clientId: 'c4' }],
  group: [
    { clientId: 'g1', title: 'Renamed', add: [], remove: [], roles: [] },
    { clientId: 'g2', title: '', add: [], remove: [], roles: [] },
    { clientId: 'g3', title: null, add: ['bob', 'cy'], remove: ['dan'], roles: [{ userId: 'bob', role: 'admin' }, { userId: 'cy', role: 'member' }] },
  ],
  history: [{ limit: 50 }, { limit: 10, beforeSeq: 99 }, { limit: 10, afterSeq: 0 }],
  react: [{ seq: 3, emoji: '👍', add: true }, { seq: 3, emoji: '👍', add: false }],
  typing: [{}],
  receipt: [{ kind: 'delivered', seq: 4 }, { kind: 'read', seq: 1_700_000_000_123 }],
  receipts: [{}],
  members: [{}],
  mls: [
    { clientId: 'm1', resend: false, message: new Uint8Array([0, 1, 0, 2, 255]), addUsers: ['bob'], removeUsers: ['dan'], welcomeTo: [], part: 0, parts: 0 },
    { clientId: 'm2', resend: true, message: new Uint8Array([9]), addUsers: [], removeUsers: [], welcomeTo: ['bob/phone', 'bob/laptop'], part: 2, parts: 3 },
  ],
};

const entry = (seq: number, kind: MessageRecord['kind'], extra: Partial<MessageRecord> = {}): MessageRecord => ({
  conversationId: CONV,
  seq,
  senderId: 'ann',
  senderDevice: 'phone-1',
  clientId: `c${seq}`,
  sentAt: 1_700_000_000_000 + seq,
  text: kind === 'text' ? `text ${seq}` : '',
  kind,
  refSeq: kind === 'edit' || kind === 'delete' ? 1 : 0,
  editedAt: 0,
  deleted: false,
  meta: kind === 'members' ? '{"added":[],"removed":["bob"],"roles":[]}' : '',
  ...extra,
});

const ack = { conversationId: CONV, seq: 12, sentAt: 1_700_000_000_456, clientId: 'c1', duplicate: false };

const RESULTS: { [N in CallName]: CallResults[N][] } = {
  send: [ack, { ...ack, duplicate: true }],
  edit: [ack],
  delete: [ack],
  group: [ack],
  mls: [ack],
  history: [
    {
      conversationId: CONV,
      messages: [entry(1, 'text', { editedAt: 1_700_000_000_999 }), entry(2, 'edit'), entry(3, 'delete'), entry(4, 'members'), entry(5, 'rename', { meta: '{"title":"x"}' }), entry(6, 'text', { deleted: true, text: '' })],
      hasMore: true,
      lastSeq: 6,
      reactions: new Map([[1, [{ emoji: '👍', count: 2, mine: true }, { emoji: '🎉', count: 1, mine: false }]]]),
    },
    { conversationId: CONV, messages: [], hasMore: false, lastSeq: 0, reactions: new Map() },
  ],
  react: [[{ emoji: '👍', count: 3, mine: true }], []],
  typing: [undefined],
  receipt: [0, 42],
  receipts: [[{ userId: 'ann', delivered: 5, read: 4 }, { userId: 'bob', delivered: 0, read: 0 }], []],
  members: [['ann', 'bob'], []],
};

const names = Object.keys(CALLS) as CallName[];

function rejects(fn: () => unknown, code: ErrorCode, message?: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ChorusError, String(err));
    assert.equal(err.code, code);
    if (message) assert.match(err.message, message);
    return true;
  });
}

describe('chat codec: conversation calls', () => {
  it('round-trips every call with its caller', () => {
    for (const name of names) {
      assert.ok(ARGS[name].length > 0, name);
      for (const args of ARGS[name] as CallArgs[CallName][]) {
        const decoded = decodeCall(name, encodeCall(name, ann, args as never));
        assert.deepEqual(decoded, { name, caller: ann, args }, name);
      }
    }
  });

  it('sends only the identity of a caller that is more than one', () => {
    const session = { ...ann, socket: { secret: true } };
    assert.deepEqual(decodeCall('typing', encodeCall('typing', session, {})).caller, ann);
  });

  it('round-trips every result; the conversation id is the envelope key', () => {
    for (const name of names) {
      for (const result of RESULTS[name] as CallResults[CallName][]) {
        assert.deepEqual(decodeResult(name, CONV, encodeResult(name, result as never)), result, name);
      }
    }
  });

  it('brings the chat core’s error back whole, retry hint included', () => {
    for (const [code, retryAfterMs] of [
      [ErrorCode.OVERLOADED, 100],
      [ErrorCode.RATE_LIMITED, 1500],
      [ErrorCode.UNAVAILABLE, 200],
      [ErrorCode.FORBIDDEN, 0],
    ] as const) {
      const bytes = encodeError(new ChorusError(code, 'no', { retryAfterMs }));
      assert.throws(
        () => decodeResult('send', CONV, bytes),
        (err: unknown) => err instanceof ChorusError && err.code === code && err.retryAfterMs === retryAfterMs && err.message === 'no',
      );
    }
  });

  it('refuses a peer’s malformed call with INVALID_ARGUMENT', () => {
    const send = encodeCall('send', ann, { clientId: 'c', text: 't', resend: false });
    rejects(() => decodeCall('explode', send), ErrorCode.INVALID_ARGUMENT, /unknown conversation call "explode"/);
    rejects(() => decodeCall('toString', send), ErrorCode.INVALID_ARGUMENT, /unknown conversation call/);
    rejects(() => decodeCall('edit', send), ErrorCode.INVALID_ARGUMENT, /edit call carries send/);
    rejects(() => decodeCall('send', new Uint8Array(0)), ErrorCode.INVALID_ARGUMENT, /without a caller/);
    rejects(() => decodeCall('send', Uint8Array.of(0x0a, 0x7f, 0x0a)), ErrorCode.INVALID_ARGUMENT, /malformed send call/);
    // A role outside the enum.
    const group = encodeCall('group', ann, { clientId: 'g', title: null, add: [], remove: [], roles: [{ userId: 'bob', role: 'admin' }] });
    const badRole = Uint8Array.from(group);
    badRole[badRole.length - 1] = 9;
    rejects(() => decodeCall('group', badRole), ErrorCode.INVALID_ARGUMENT, /unknown member role 9/);
  });

  it('refuses to encode a history call that would lose one of its bounds', () => {
    rejects(() => encodeCall('history', ann, { limit: 1, beforeSeq: 5, afterSeq: 2 }), ErrorCode.INVALID_ARGUMENT);
  });

  it('reports an owner’s answer that does not fit the call as a malformed result, not as the client’s fault', () => {
    assert.throws(() => decodeResult('history', CONV, encodeResult('send', ack)), MalformedResultError);
    assert.throws(() => decodeResult('send', CONV, Uint8Array.of(0x12, 0x7f)), MalformedResultError);
    assert.throws(() => decodeResult('send', CONV, new Uint8Array(0)), MalformedResultError);
  });
});

describe('chat codec: directory and deliveries', () => {
  it('round-trips session counts and user lists', () => {
    for (const n of [0, 1, 70_000]) assert.equal(decodeSessionCount(encodeSessionCount(n)), n);
    assert.deepEqual(decodeUsers(encodeUsers(['ann', 'bob'])), ['ann', 'bob']);
    assert.deepEqual(decodeUsers(encodeUsers([])), []);
    rejects(() => decodeUsers(Uint8Array.of(0x0a, 0x05, 0x61)), ErrorCode.INVALID_ARGUMENT, /malformed user list/);
  });

  it('round-trips a delivery, frame bytes unchanged', () => {
    const frame = Uint8Array.from({ length: 300 }, (_, i) => i & 0xff);
    const d = decodeDelivery(encodeDelivery(1, ['ann', 'bob_2', 'c-3'], frame));
    assert.equal(d.hops, 1);
    assert.deepEqual(d.users, ['ann', 'bob_2', 'c-3']);
    assert.deepEqual([...d.frame], [...frame]);
  });

  it('refuses a malformed delivery with INVALID_ARGUMENT', () => {
    rejects(() => decodeDelivery(Uint8Array.of(0x12, 0x09, 0x61)), ErrorCode.INVALID_ARGUMENT, /malformed delivery/);
    rejects(() => decodeDelivery(encodeDelivery(0, ['not valid!'], Uint8Array.of(1))), ErrorCode.INVALID_ARGUMENT, /invalid user id/);
    rejects(() => decodeDelivery(encodeDelivery(0, ['ann'], new Uint8Array(0))), ErrorCode.INVALID_ARGUMENT, /without a frame/);
    assert.throws(() => encodeDelivery(0, Array.from({ length: 0x10000 }, () => 'u'), Uint8Array.of(1)), RangeError);
  });
});

describe('routing keeps the owner’s retry hint', () => {
  const member = (id: string): Member => ({ id, grpcAddress: `${id}.test:1`, roles: ['conversation'], zone: '', weight: 1 });

  /** A chat core that refuses every call with `err`: the node is busy. */
  const refusing = (err: ChorusError): ChatCore => {
    const no = (): Promise<never> => Promise.reject(err);
    return { call: no, sync: no, createConversation: no, listConversations: no, inbox: no, withConversations: no, search: no };
  };

  it('a remote OVERLOADED or RATE_LIMITED reaches the client with the same retry_after_ms as a local one', async () => {
    for (const [code, retryAfterMs] of [
      [ErrorCode.OVERLOADED, 100],
      [ErrorCode.RATE_LIMITED, 750],
    ] as const) {
      const refusal = new ChorusError(code, 'conversation is busy, retry', { retryAfterMs });
      const net = new MemoryNetwork();
      const a = net.join('a');
      const b = net.join('b');
      b.handle('conversation', { request: (m) => serveCall(refusing(refusal), m) });
      const membership = new StaticMembership({ self: member('a'), members: [member('a'), member('b')] });
      const placement = new Placement(membership, { roles: ['conversation'] });
      const routed = new RoutedChatService({ local: refusing(refusal), placement, remote: a, hosting: () => true, requestTimeoutMs: 1000, clock: systemClock, log: silentLog });
      const on = (owner: string): string => {
        for (let i = 0; ; i++) if (placement.ring('conversation').ownerId(`g.hint-${i}`) === owner) return `g.hint-${i}`;
      };
      for (const owner of ['a', 'b']) {
        await assert.rejects(routed.send(ann, { conversationId: on(owner), clientId: 'c1', text: 'hi', resend: false }), (err: unknown) => {
          assert.ok(err instanceof ChorusError, String(err));
          assert.deepEqual([err.code, err.retryAfterMs], [code, retryAfterMs], `owner ${owner}`);
          return true;
        });
      }
      await a.stop();
      await b.stop();
    }
  });
});
