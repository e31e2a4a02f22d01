import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type IServerFrame, encodeServerFrame, isEphemeralServerFrame, serverBodyField } from '../../lib/protocol/mod.js';

describe('telling ephemeral frames from durable ones by their bytes', () => {
  const ephemeral: IServerFrame[] = [
    { typing: { conversationId: 'g.x', userId: 'alice', expiresInMs: 6000 } },
    { presence: { userId: 'alice', online: true, lastSeenMs: 1 } },
    { receiptUpdate: { conversationId: 'g.x', userId: 'alice', kind: 2, seq: 7 } },
  ];
  const durable: IServerFrame[] = [
    { message: { conversationId: 'g.x', seq: 1, senderId: 'alice', text: 'hi' } },
    { joined: { id: 'g.x' } },
    { removed: { conversationId: 'g.x', seq: 3 } },
    { reaction: { conversationId: 'g.x', seq: 1, userId: 'bob', emoji: '👍', add: true } },
    { tokenExpiring: { expiresAtMs: 1, closeAtMs: 2 } },
    { id: 5, ack: { conversationId: 'g.x', seq: 1 } },
    { error: { code: 1000, message: 'x' } },
  ];

  it('classifies every push kind', () => {
    for (const f of ephemeral) assert.equal(isEphemeralServerFrame(encodeServerFrame(f)), true, JSON.stringify(f));
    for (const f of durable) assert.equal(isEphemeralServerFrame(encodeServerFrame(f)), false, JSON.stringify(f));
  });

  it('reads the body field past a request id, and returns 0 for cut or empty bytes', () => {
    assert.equal(serverBodyField(encodeServerFrame({ id: 300, typing: {} })), 24);
    assert.equal(serverBodyField(encodeServerFrame({ id: 0xffffffff, presence: {} })), 25);
    assert.equal(serverBodyField(new Uint8Array()), 0);
    assert.equal(serverBodyField(Uint8Array.from([0x08, 0x96])), 0);
    assert.equal(serverBodyField(Uint8Array.from([0xc2])), 0);
  });
});
