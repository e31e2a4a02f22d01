/**
 * The per-user frame budget across gateways: the user's directory node splits it over the
 * gateways holding the user's sessions (docs/security.md, "Limits"). The shares travel through
 * the in-process cluster; the gateway's own session index (lib/gateway/sessions.ts) spends them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { userKey } from '../../lib/chat/cluster/mod.js';
import type { SessionHandle } from '../../lib/gateway/session_env.js';
import { SessionIndex } from '../../lib/gateway/sessions.js';
import { until } from '../../testing/cluster/wait.js';
import { type InProcessCluster, clusterPerTest, ownerIn } from '../../testing/in_process_cluster.js';

const ALL = ['n1', 'n2', 'n3'];
const BUDGET = { perSecond: 400, burst: 800 };

function handle(userId: string): SessionHandle {
  return { userId, wheelSlot: -1, due: () => undefined, deliver: () => undefined };
}

function sharesOf(c: InProcessCluster, userId: string): (number | undefined)[] {
  return ALL.map((id) => c.node(id).gateway.shares.get(userId));
}

/** Frames the three gateways let through from `from` to `to` (ms), each trying every millisecond. */
function spend(indexes: SessionIndex[], userId: string, clock: { t: number }, to: number): number {
  const budgets = indexes.map((ix) => ix.join(handle(userId)));
  let taken = 0;
  for (; clock.t <= to; clock.t++) for (const b of budgets) while (b.take(clock.t)) taken++;
  return taken;
}

describe('in-process cluster: one frame budget per user across gateways', { timeout: 20_000 }, () => {
  const start = clusterPerTest();

  it('a user on three gateways gets a third of the budget on each: together one budget; the shares follow sessions closing', async () => {
    const c = await start(ALL);
    const user = 'ursula';
    const directory = ownerIn(ALL, userKey(user))!;
    const s1 = await c.node('n1').connect(user);
    await c.node('n1').connect(user, 'd2'); // a second session on the same gateway changes nothing
    assert.deepEqual(sharesOf(c, user), [1, undefined, undefined]);
    await c.node('n2').connect(user, 'd3');
    const s3 = await c.node('n3').connect(user, 'd4');
    // The gateway that registered last learns its share from the reply; the others from the directory node's tells.
    await until(() => sharesOf(c, user).every((n) => n === 3), 'every gateway to hold a third of the budget', 2_000);
    assert.equal(c.node(directory).chat.directory!.gatewaysOf(user)?.size, 3);

    // The three gateways' session indexes, given these shares, together allow one budget.
    const clock = { t: 0 };
    const indexes = ALL.map(() => new SessionIndex(BUDGET, () => clock.t));
    for (const [i, ix] of indexes.entries()) {
      ix.join(handle(user));
      ix.share(user, sharesOf(c, user)[i]!);
    }
    const burst = spend(indexes, user, clock, 0);
    assert.ok(burst <= BUDGET.burst && burst >= BUDGET.burst - 3, `burst ${burst}`);
    const tenSeconds = spend(indexes, user, clock, 10_000);
    // Never above the rate; a little below it, as the token bucket drops the fraction of a token it had earned when it takes one.
    assert.ok(tenSeconds <= 10 * BUDGET.perSecond && tenSeconds >= 0.85 * 10 * BUDGET.perSecond, `10 s: ${tenSeconds}`);

    // A gateway without the user's sessions: the other two get half each.
    s3.close();
    await until(() => sharesOf(c, user)[0] === 2 && sharesOf(c, user)[1] === 2, 'n1 and n2 to hold half of the budget each', 2_000);
    s1.close(); // n1 still holds d2
    assert.equal(c.node(directory).chat.directory!.gatewaysOf(user)?.size, 2);
  });

  it('a lower share drops the tokens above its burst; a higher one refills to its larger burst', () => {
    const clock = { t: 0 };
    const ix = new SessionIndex(BUDGET, () => clock.t);
    const budget = ix.join(handle('v'));
    ix.share('v', 4);
    let n = 0;
    while (budget.take(0)) n++;
    assert.equal(n, 200);
    ix.share('v', 1);
    clock.t = 2_000;
    while (budget.take(2_000)) n++;
    assert.equal(n, 200 + 800, 'after two seconds at the whole rate, the whole burst');
    ix.share('unknown', 3); // no entry: ignored
    assert.equal(ix.size, 1);
  });
});
