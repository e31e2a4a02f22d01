import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IClientFrame } from '../../lib/protocol/mod.js';
import { ErrorCode } from '../../lib/protocol/mod.js';
import { startTestNode, type TestNode } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

/**
 * The authorization table of docs/security.md, one test per cell, over real sockets. Each cell
 * runs against a fresh group so that earlier cells cannot change the outcome of later ones.
 *
 * Roles: owner, admin, member (the author of message 1 is `member`), other (a member who is not
 * the author), former (removed before the cell), stranger (never a member).
 */
type Role = 'owner' | 'admin' | 'member' | 'other' | 'former' | 'stranger';
const ROLES: Role[] = ['owner', 'admin', 'member', 'other', 'former', 'stranger'];

interface Cell {
  op: string;
  allowed: Role[];
  /** The frame, given the group id and the seq of `member`'s message. */
  frame(conv: string, msg: number, n: number): IClientFrame;
}

const TABLE: Cell[] = [
  { op: 'send', allowed: ['owner', 'admin', 'member', 'other'], frame: (c, _m, n) => ({ send: { conversationId: c, clientId: `s${n}`, text: 'hi' } }) },
  { op: 'read history', allowed: ['owner', 'admin', 'member', 'other', 'former'], frame: (c) => ({ history: { conversationId: c, limit: 10 } }) },
  { op: 'edit own message', allowed: ['member'], frame: (c, m, n) => ({ edit: { conversationId: c, seq: m, text: 'changed', clientId: `e${n}` } }) },
  { op: 'delete a message', allowed: ['owner', 'admin', 'member'], frame: (c, m, n) => ({ delete: { conversationId: c, seq: m, clientId: `d${n}` } }) },
  { op: 'react', allowed: ['owner', 'admin', 'member', 'other'], frame: (c, m) => ({ react: { conversationId: c, seq: m, emoji: '👍', add: true } }) },
  { op: 'typing', allowed: ['owner', 'admin', 'member', 'other'], frame: (c) => ({ typing: { conversationId: c } }) },
  { op: 'send a receipt', allowed: ['owner', 'admin', 'member', 'other'], frame: (c, m) => ({ receipt: { conversationId: c, seq: m, kind: 2 } }) },
  { op: 'read receipts', allowed: ['owner', 'admin', 'member', 'other'], frame: (c) => ({ receipts: { conversationId: c } }) },
  { op: 'watch presence', allowed: ['owner', 'admin', 'member', 'other'], frame: (c) => ({ subscribePresence: { conversationIds: [c] } }) },
  { op: 'rename', allowed: ['owner', 'admin'], frame: (c) => ({ updateGroup: { conversationId: c, title: 'renamed' } }) },
  { op: 'add a member', allowed: ['owner', 'admin'], frame: (c, _m, n) => ({ updateGroup: { conversationId: c, add: [`newcomer${n}`] } }) },
  { op: 'remove a member', allowed: ['owner', 'admin'], frame: (c) => ({ updateGroup: { conversationId: c, remove: ['bystander'] } }) },
  { op: 'change a role', allowed: ['owner'], frame: (c) => ({ updateGroup: { conversationId: c, roles: ['other=admin'] } }) },
  { op: 'leave', allowed: ['owner', 'admin', 'member', 'other'], frame: (c) => ({ leave: { conversationId: c } }) },
];

describe('authorization table (docs/security.md), one test per cell', () => {
  let t: TestNode;
  const conns = new Map<Role, RawConnection>();
  let n = 0;
  before(async () => {
    t = await startTestNode(['--frame-burst', '100000']);
    for (const role of ROLES) conns.set(role, await RawConnection.login(t.url, await t.token(role), `${role}-dev`));
  });
  after(async () => {
    for (const c of conns.values()) c.close();
    await t.stop();
  });

  /** A fresh group: owner, admin, member, other, former (removed) and a bystander, plus member's message. */
  async function fixture(): Promise<{ conv: string; msg: number }> {
    const owner = conns.get('owner')!;
    const created = await owner.call({ createConversation: { kind: 2, title: 'authz', members: ['admin', 'member', 'other', 'former', 'bystander'] } });
    const conv = created.conversation!.id as string;
    assert.equal((await owner.call({ updateGroup: { conversationId: conv, roles: ['admin=admin'] } })).body, 'ack');
    const sent = await conns.get('member')!.call({ send: { conversationId: conv, clientId: `m${++n}`, text: 'by member' } });
    assert.equal(sent.body, 'ack');
    assert.equal((await owner.call({ updateGroup: { conversationId: conv, remove: ['former'] } })).body, 'ack');
    return { conv, msg: sent.ack!.seq as number };
  }

  for (const cell of TABLE) {
    for (const role of ROLES) {
      const allowed = cell.allowed.includes(role);
      it(`${cell.op}: ${role} ${allowed ? 'may' : 'may not'}`, async () => {
        const { conv, msg } = await fixture();
        const reply = await conns.get(role)!.call(cell.frame(conv, msg, ++n));
        if (allowed) assert.notEqual(reply.body, 'error', `${cell.op} by ${role}: ${JSON.stringify(reply.toJSON())}`);
        else assert.equal(reply.error?.code, ErrorCode.FORBIDDEN, `${cell.op} by ${role}: ${JSON.stringify(reply.toJSON())}`);
      });
    }
  }
});
