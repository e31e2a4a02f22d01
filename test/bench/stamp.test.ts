import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { encodeServerFrame } from '../../lib/protocol/mod.js';
import { centrifugoStamp, chorusStamp, digitsToPipe } from '../../testing/stamp.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('reading send stamps from received bytes', () => {
  it('finds the stamp of a pushed Chorus message, whatever else the message carries', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 50), fc.string({ maxLength: 60 }), fc.nat(2 ** 40), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), (stamp, pad, seq, emoji) => {
        const frame = encodeServerFrame({
          message: { conversationId: 'g.abc', seq, senderId: 'u1', senderDevice: 'd', clientId: 'c', sentAtMs: Date.now(), text: `${stamp}|${pad}`, reactions: emoji.map((e) => ({ emoji: e, count: 1 })) },
        });
        assert.equal(chorusStamp(frame), stamp);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('leaves every other Chorus frame to the full decoder', () => {
    assert.equal(chorusStamp(encodeServerFrame({ id: 7, ack: { conversationId: 'g', seq: 1, clientId: 'c' } })), null);
    assert.equal(chorusStamp(encodeServerFrame({ id: 3, message: { conversationId: 'g', text: '12|x' } })), null, 'an answer with an id');
    assert.equal(chorusStamp(encodeServerFrame({ typing: { conversationId: 'g', userId: 'u' } })), null);
    assert.equal(chorusStamp(encodeServerFrame({ message: { conversationId: 'g', text: 'hello' } })), -1, 'a message without a stamp');
    const cut = encodeServerFrame({ message: { conversationId: 'g', text: '123|xyz' } });
    for (let n = 1; n < cut.length; n++) assert.notEqual(chorusStamp(cut.subarray(0, n)), 123, `cut at ${n}`);
  });

  it('finds the stamp of a Centrifugo publication push and leaves other lines to JSON.parse', () => {
    const push = Buffer.from('{"push":{"channel":"c1","pub":{"data":{"t":"98765|xx"},"offset":4}}}\n{"id":2,"publish":{}}\n{}');
    const first = push.indexOf(0x0a);
    assert.equal(centrifugoStamp(push, 0, first), 98765);
    const second = push.indexOf(0x0a, first + 1);
    assert.equal(centrifugoStamp(push, first + 1, second), null);
    assert.equal(centrifugoStamp(push, second + 1, push.length), null);
    const join = Buffer.from('{"push":{"channel":"c1","join":{"info":{"user":"u"}}}}');
    assert.equal(centrifugoStamp(join, 0, join.length), -1);
  });

  it('reads digits up to the pipe only', () => {
    assert.equal(digitsToPipe(bytes('42|'), 0, 3), 42);
    assert.equal(digitsToPipe(bytes('|42'), 0, 3), -1);
    assert.equal(digitsToPipe(bytes('4x2|'), 0, 4), -1);
    assert.equal(digitsToPipe(bytes('42'), 0, 2), -1);
  });
});
