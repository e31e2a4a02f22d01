/**
 * RoutedChatService with several regions (docs/regions.md): a call for a conversation homed
 * elsewhere goes to the home region; a "not homed here" answer (the transport's NOT_OWNER) drops
 * the cached home and the call follows the store's answer, as a resend; when the regions keep
 * disagreeing the call ends UNAVAILABLE within its deadline instead of looping.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChatCore } from '../../lib/chat/cluster/routed_service.js';
import { RoutedChatService, type RegionRouting } from '../../lib/chat/cluster/routed_service.js';
import { encodeResult } from '../../lib/chat/cluster/codec.js';
import type { Placement } from '../../lib/cluster/placement.js';
import type { Transport } from '../../lib/cluster/transport.js';
import { silentLog } from '../../lib/cluster/log.js';
import { NotOwnerError } from '../../lib/cluster/remote/errors.js';
import { ChorusError, ErrorCode } from '../../lib/protocol/mod.js';
import { monotonicClock } from '../../lib/time/mod.js';

const ID = 'd.ann.cat';
const caller = { userId: 'ann', deviceId: 'd1' };

function service(homes: () => string, forward: RegionRouting['forward']) {
  const local: { name: string; resend: boolean }[] = [];
  const counts = { forwarded: 0, forgotten: 0 };
  const regions: RegionRouting = {
    self: 'a',
    home: () => Promise.resolve(homes()),
    forget: () => void counts.forgotten++,
    forward: (...args) => (counts.forwarded++, forward(...args)),
  };
  const core = {
    call: (name: string, _c: unknown, _id: string, args: { resend: boolean }) => (local.push({ name, resend: args.resend }), Promise.resolve({ seq: 7, duplicate: false })),
  } as unknown as ChatCore;
  const placement = { selfId: 'n1', owner: () => ({ id: 'n1', grpcAddress: '' }) } as unknown as Placement;
  const routed = new RoutedChatService({ local: core, placement, remote: {} as Transport, hosting: () => true, requestTimeoutMs: 400, clock: monotonicClock, log: silentLog, regions });
  return { routed, local, counts };
}

describe('routing with several regions', () => {
  it('forwards to the home region and answers its result', async () => {
    const { routed, local, counts } = service(() => 'b', () => Promise.resolve(encodeResult('send', { conversationId: ID, seq: 3, sentAt: 1, clientId: 'c1', duplicate: false })));
    const ack = await routed.send(caller, { conversationId: ID, clientId: 'c1', text: 'hi', resend: false });
    assert.equal(ack.seq, 3);
    assert.equal(counts.forwarded, 1);
    assert.deepEqual(local, []);
  });

  it('follows a corrected home after "not homed here", sending again as a resend', async () => {
    let home = 'b';
    const { routed, local, counts } = service(
      () => home,
      () => {
        home = 'a'; // what the store says once looked up again (a failover moved it here)
        return Promise.reject(new NotOwnerError('region:b', 'region', ID, 'a', 0));
      },
    );
    const ack = await routed.send(caller, { conversationId: ID, clientId: 'c1', text: 'hi', resend: false });
    assert.equal(ack.seq, 7);
    assert.deepEqual([counts.forwarded, counts.forgotten], [1, 1]);
    assert.deepEqual(local, [{ name: 'send', resend: true }], 'the retry may have been applied at the old home: it is a resend');
  });

  it('ends UNAVAILABLE within the deadline when the regions keep disagreeing', async () => {
    const { routed, counts } = service(() => 'b', () => Promise.reject(new NotOwnerError('region:b', 'region', ID, 'a', 0)));
    const started = monotonicClock.now();
    await assert.rejects(routed.send(caller, { conversationId: ID, clientId: 'c1', text: 'hi', resend: false }), (err: unknown) => err instanceof ChorusError && err.code === ErrorCode.UNAVAILABLE);
    assert.ok(monotonicClock.now() - started < 1_000);
    assert.ok(counts.forwarded >= 2 && counts.forwarded < 20, `forwarded ${counts.forwarded} times`);
  });
});
