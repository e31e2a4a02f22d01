import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorCode, type IClientFrame, type ServerFrame } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

/**
 * Group changes and leaves carry a client id and are deduplicated like sends: a retry answers the
 * first ack and logs nothing, from the recent-ids window and, after a restart, from the stored log.
 * Over real sockets; the log is read back with HistoryRequest.
 */
describe('UpdateGroup and LeaveConversation are idempotent by client id', () => {
  let t: TestNode;
  let owner: RawConnection;
  let member: RawConnection;
  let n = 0;

  before(async () => {
    t = await startTestNode(['--frame-burst', '100000']);
    owner = await RawConnection.login(t.url, await t.token('gd-owner'), 'owner-dev');
    member = await RawConnection.login(t.url, await t.token('gd-member'), 'member-dev');
  });
  after(async () => {
    owner.close();
    member.close();
    await t.stop();
  });

  async function group(): Promise<string> {
    const created = await owner.call({ createConversation: { kind: 2, title: `dedup ${++n}`, members: ['gd-member'] } });
    return created.conversation!.id as string;
  }

  function ack(f: ServerFrame): { seq: number; duplicate: boolean; clientId: string } {
    assert.equal(f.body, 'ack', JSON.stringify(f.toJSON()));
    return { seq: Number(f.ack!.seq), duplicate: f.ack!.duplicate === true, clientId: f.ack!.clientId as string };
  }

  /** The seqs of the entries stored with this client id, as the owner reads the log. */
  async function storedWith(conv: string, clientId: string): Promise<number[]> {
    const page = await owner.call({ history: { conversationId: conv, limit: 100 } });
    assert.equal(page.body, 'history');
    return page.history!.messages!.filter((m) => m.clientId === clientId).map((m) => Number(m.seq));
  }

  it('answers a repeated UpdateGroup with the first ack and stores it once', async () => {
    const conv = await group();
    const add: IClientFrame = { updateGroup: { conversationId: conv, add: ['gd-new'], clientId: 'add-1' } };
    const first = ack(await owner.call(add));
    const again = ack(await owner.call(add));
    assert.deepEqual(again, { seq: first.seq, duplicate: true, clientId: 'add-1' });
    assert.equal(first.duplicate, false);
    // Two transmissions in a row, the second before the first is stored: one entry, two acks.
    const rename: IClientFrame = { updateGroup: { conversationId: conv, title: 'renamed', clientId: 'rename-1' } };
    const [a, b] = await Promise.all([owner.call(rename), owner.call(rename)]);
    assert.equal(ack(a).seq, ack(b).seq);
    assert.deepEqual([ack(a).duplicate, ack(b).duplicate].sort(), [false, true]);
    assert.deepEqual(await storedWith(conv, 'add-1'), [first.seq]);
    assert.deepEqual(await storedWith(conv, 'rename-1'), [ack(a).seq]);
  });

  it('answers a repeated leave with the first ack although the sender is no longer a member', async () => {
    const conv = await group();
    const leave: IClientFrame = { leave: { conversationId: conv, clientId: 'leave-1' } };
    const first = ack(await member.call(leave));
    const again = ack(await member.call(leave));
    assert.deepEqual(again, { seq: first.seq, duplicate: true, clientId: 'leave-1' });
    assert.deepEqual(await storedWith(conv, 'leave-1'), [first.seq]);
    // A new change from the former member is still refused.
    const other = await member.call({ leave: { conversationId: conv, clientId: 'leave-2' } });
    assert.equal(other.error?.code, ErrorCode.FORBIDDEN);
  });

  it('refuses a malformed client id, and still accepts none (older clients, not deduplicated)', async () => {
    const conv = await group();
    const bad = await owner.call({ updateGroup: { conversationId: conv, title: 'x', clientId: 'not valid!' } });
    assert.equal(bad.error?.code, ErrorCode.INVALID_ARGUMENT);
    assert.match(bad.error!.message as string, /client_id/);
    const badLeave = await member.call({ leave: { conversationId: conv, clientId: 'x'.repeat(65) } });
    assert.equal(badLeave.error?.code, ErrorCode.INVALID_ARGUMENT);
    const legacy: IClientFrame = { updateGroup: { conversationId: conv, title: 'old client' } };
    const one = ack(await owner.call(legacy));
    const two = ack(await owner.call(legacy));
    assert.equal(two.duplicate, false);
    assert.notEqual(one.seq, two.seq);
    assert.notEqual(one.clientId, '');
  });

  it('reuses the id the SDK is given for a retried group change', async () => {
    const sdk = await t.client('gd-owner', 'sdk-dev');
    const conv = await group();
    const first = await sdk.updateGroup(conv, { add: ['gd-sdk'] }, 'sdk-add-1');
    const retry = await sdk.updateGroup(conv, { add: ['gd-sdk'] }, 'sdk-add-1');
    assert.equal(retry.seq, first.seq);
    assert.equal(retry.duplicate, true);
    const fresh = await sdk.updateGroup(conv, { remove: ['gd-sdk'] });
    assert.equal(fresh.duplicate, false);
    assert.match(fresh.clientId, /^[0-9a-f]{32}$/);
    assert.deepEqual(await storedWith(conv, 'sdk-add-1'), [Number(first.seq)]);
  });
});

describe('group changes retried after a restart', () => {
  it('are found in the stored log by client id and stored once', async () => {
    let t = await startTestNode();
    const dir = t.dataDir;
    let conv: string;
    let add: number;
    let left: number;
    {
      const owner = await RawConnection.login(t.url, await t.token('gr-owner'), 'o');
      const member = await RawConnection.login(t.url, await t.token('gr-member'), 'm');
      conv = (await owner.call({ createConversation: { kind: 2, title: 'restart', members: ['gr-member'] } })).conversation!.id as string;
      add = Number((await owner.call({ updateGroup: { conversationId: conv, add: ['gr-new'], clientId: 'r-add' } })).ack!.seq);
      left = Number((await member.call({ leave: { conversationId: conv, clientId: 'r-leave' } })).ack!.seq);
      owner.close();
      member.close();
      await t.stop(false);
    }
    t = await startTestNode([], dir);
    try {
      const owner = await RawConnection.login(t.url, await t.token('gr-owner'), 'o');
      const member = await RawConnection.login(t.url, await t.token('gr-member'), 'm');
      const addAgain = await owner.call({ updateGroup: { conversationId: conv, add: ['gr-new'], clientId: 'r-add' } });
      assert.equal(Number(addAgain.ack?.seq), add, JSON.stringify(addAgain.toJSON()));
      assert.equal(addAgain.ack!.duplicate, true);
      const leaveAgain = await member.call({ leave: { conversationId: conv, clientId: 'r-leave' } });
      assert.equal(Number(leaveAgain.ack?.seq), left, JSON.stringify(leaveAgain.toJSON()));
      assert.equal(leaveAgain.ack!.duplicate, true);
      const page = await owner.call({ history: { conversationId: conv, limit: 100 } });
      const ids = page.history!.messages!.map((m) => m.clientId as string).filter((id) => id.startsWith('r-'));
      assert.deepEqual(ids, ['r-add', 'r-leave']);
      owner.close();
      member.close();
    } finally {
      await t.stop();
    }
  });
});
