import assert from 'node:assert/strict';
import { encodeMlsMessage } from 'ts-mls';
import { ErrorCode, pb } from '../protocol/mod.js';
import { ask, group, pushed, refused } from './expect.js';
import type { Check } from './kit.js';

/** End-to-end encrypted conversations as the delivery service sees them (docs/e2ee.md): framing only. */

/** An MLS PrivateMessage with the given clear header and random ciphertext: framed right, readable by nobody. */
function framed(groupId: string, epoch: number): Uint8Array {
  const random = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));
  return encodeMlsMessage({
    version: 'mls10',
    wireformat: 'mls_private_message',
    privateMessage: { groupId: new TextEncoder().encode(groupId), epoch: BigInt(epoch), contentType: 'application', authenticatedData: new Uint8Array(0), encryptedSenderData: random(24), ciphertext: random(48) },
  });
}

export const e2eeChecks: Check[] = [
  {
    group: 'e2ee',
    name: 'encrypted groups: created with a suite, plain content refused (ENCRYPTED_CONVERSATION), MLS framing checked (BAD_MLS_MESSAGE, MLS_STALE_EPOCH), a framed message logged as opaque bytes',
    produces: { errors: [ErrorCode.ENCRYPTED_CONVERSATION, ErrorCode.BAD_MLS_MESSAGE, ErrorCode.MLS_STALE_EPOCH] },
    async run(ctx) {
      const c = await ctx.login(ctx.user('crypt'));
      const conv = (await ask(c, { createConversation: { kind: pb.ConversationKind.GROUP, members: [], e2eeSuite: 1 } }, 'conversation')).conversation!;
      assert.equal(conv.e2eeSuite, 1);
      const id = conv.id!;
      await refused(c, { send: { conversationId: id, clientId: 'p1', text: 'plain' } }, ErrorCode.ENCRYPTED_CONVERSATION);
      await refused(c, { updateGroup: { conversationId: id, clientId: 'p2', title: 'x' } }, ErrorCode.ENCRYPTED_CONVERSATION);
      await refused(c, { sendMls: { conversationId: id, clientId: 'm1', message: new Uint8Array([0, 1, 0, 2, 9]) } }, ErrorCode.BAD_MLS_MESSAGE);
      await refused(c, { sendMls: { conversationId: id, clientId: 'm2', message: framed('another-group', 0) } }, ErrorCode.BAD_MLS_MESSAGE);
      await refused(c, { sendMls: { conversationId: id, clientId: 'm3', message: framed(id, 7) } }, ErrorCode.MLS_STALE_EPOCH);
      const bytes = framed(id, 0);
      const seq = Number((await ask(c, { sendMls: { conversationId: id, clientId: 'm4', message: bytes } }, 'ack')).ack!.seq);
      const entry = (await pushed(c, 'message', id, (f) => Number(f.message!.seq) === seq)).message!;
      assert.equal(entry.kind, pb.MessageKind.TEXT);
      assert.equal(entry.text, '');
      assert.equal(entry.mls?.kind, pb.MlsKind.MLS_KIND_APPLICATION);
      assert.deepEqual([...(entry.mls?.message ?? [])], [...bytes]);
      const plain = await group(c, []);
      await refused(c, { sendMls: { conversationId: plain, clientId: 'm5', message: framed(plain, 0) } }, ErrorCode.ENCRYPTED_CONVERSATION);
    },
  },
];
