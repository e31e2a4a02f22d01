/**
 * Two regions chatting (docs/regions.md): region a (the suite's etcd, dc1) and region b (an etcd of
 * its own, dc2), two node processes each, the cross-region links through a 60 ms one-way delay.
 * Users connected in both regions (one of them in both at once) chat in conversations homed in
 * each region; the hidden-order ledger checks every acknowledged message stored once at its seq,
 * gapless logs, and every receiver's view whole and in order. Prints send→deliver latency for
 * each path (sender region → home region → receiver region). Skipped unless the two-DC pair runs:
 *
 *   source /work/wt/services.env   # or: eval "$(scripts/cassandra/start_two_dc.sh)"
 *   CHORUS_ETCD=... CHORUS_CASSANDRA_TWO_DC=... TWO_DC_DELAY_MS=60 node --test dist/test/region/two_region_chat.test.js
 */
import assert from 'node:assert/strict';
import { after, describe, it, test } from 'node:test';
import type { ChorusClient, Message } from '../../lib/client/mod.js';
import { AckLedger } from '../../testing/ledger.js';
import { TWO_DC, TwoRegions } from '../../testing/cluster/regions.js';

const ETCD = process.env['CHORUS_ETCD'] ?? '';
const DELAY_MS = Number(process.env['TWO_DC_DELAY_MS'] ?? '60') || 60;
const SEND_FOR_MS = 20_000;

/** Receivers: a user on a node; eve is connected in both regions. */
const RECEIVERS = [
  { name: 'ann', user: 'ann', node: 'a1' },
  { name: 'bob', user: 'bob', node: 'a2' },
  { name: 'cat', user: 'cat', node: 'b1' },
  { name: 'dan', user: 'dan', node: 'b2' },
  { name: 'eve@a', user: 'eve', node: 'a2' },
  { name: 'eve@b', user: 'eve', node: 'b1', device: 'd2' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

if (TWO_DC.length !== 2 || ETCD === '') {
  test.skip('two regions (set CHORUS_ETCD and CHORUS_CASSANDRA_TWO_DC; see scripts/cassandra/start_two_dc.sh)');
} else {
  describe('two regions chatting', { timeout: 600_000 }, () => {
    let regions: TwoRegions;
    const clients: ChorusClient[] = [];
    after(async () => {
      if (process.env['REGIONS_TEST_LOGS'] !== undefined) for (const n of regions?.nodes.values() ?? []) console.log(`--- ${n.id}\n${n.proc.logs().split('\n').filter((l) => /d\.bob\.dan|version|refus/i.test(l)).slice(0, 8).join('\n')}\n${n.proc.stderr().slice(-2000)}`);
      for (const c of clients) c.close();
      await regions?.close();
    });

    it('forwards sends to the home region, delivers across the link in order, and loses nothing acknowledged', async () => {
      regions = await TwoRegions.create(ETCD, DELAY_MS);
      await Promise.all([regions.start('a1', 'a'), regions.start('a2', 'a'), regions.start('b1', 'b'), regions.start('b2', 'b')]);
      await regions.ringSize(2);
      const regionOf = (node: string): string => regions.nodes.get(node)!.region;

      const ledger = new AckLedger();
      const by = new Map<string, ChorusClient>();
      /** clientId → when its send started, and the sender's region. */
      const sentAt = new Map<string, { at: number; region: string }>();
      /** path → send→deliver milliseconds. */
      const latency = new Map<string, number[]>();
      const homeOf = new Map<string, string>();
      for (const r of RECEIVERS) {
        const c = await regions.client(r.user, r.node, r.device);
        clients.push(c);
        by.set(r.name, c);
        ledger.watch(r.name, c);
        c.on('message', (m: Message) => {
          const s = sentAt.get(m.clientId);
          if (s === undefined) return;
          const path = `${s.region}→${homeOf.get(m.conversationId)}→${regionOf(r.node)}`;
          let list = latency.get(path);
          if (list === undefined) latency.set(path, (list = []));
          list.push(performance.now() - s.at);
        });
      }

      // Homes: created in a (ann on a1) and in b (cat on b1, dan on b2).
      const everyone = ['ann', 'bob', 'cat', 'dan', 'eve'];
      const receiversOf = (users: string[]): string[] => RECEIVERS.filter((r) => users.includes(r.user)).map((r) => r.name);
      const conversations: { id: string; home: string; users: string[] }[] = [];
      const make = async (creator: string, home: string, create: (c: ChorusClient) => Promise<{ id: string; homeRegion?: string }>, users: string[]) => {
        const view = await create(by.get(creator)!);
        assert.equal(view.homeRegion, home, `${creator} created ${view.id} in region ${view.homeRegion}`);
        conversations.push({ id: view.id, home, users });
        homeOf.set(view.id, home);
      };
      await make('ann', 'a', (c) => c.createDirect('cat'), ['ann', 'cat']);
      await make('dan', 'b', (c) => c.createDirect('bob'), ['dan', 'bob']);
      await make('ann', 'a', (c) => c.createGroup('a-group', everyone.filter((u) => u !== 'ann')), everyone);
      await make('cat', 'b', (c) => c.createGroup('b-group', everyone.filter((u) => u !== 'cat')), everyone);
      // A conversation's record reaches the other DC asynchronously: a region routes only what its DC knows.
      for (const { id, users } of conversations) {
        for (const region of ['a', 'b']) {
          const name = RECEIVERS.find((r) => users.includes(r.user) && regionOf(r.node) === region)!.name;
          const deadline = Date.now() + 15_000;
          for (;;) {
            const failure = await by.get(name)!.history(id, { afterSeq: 0, limit: 1 }).then(() => '', (err: Error) => err.message);
            if (failure === '') break;
            assert.ok(Date.now() < deadline, `${id} never became readable for ${name}: ${failure}`);
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      }

      // Presence is the OR over regions: cat and dan are connected in region b only, ann and bob in a only.
      for (const [watcher, conversation, other] of [['ann', conversations[0]!.id, 'cat'], ['dan', conversations[1]!.id, 'bob']] as const) {
        const deadline = Date.now() + 15_000;
        for (;;) {
          const seen = (await by.get(watcher)!.watchPresence([conversation])).find((p) => p.userId === other);
          if (seen?.online === true) break;
          assert.ok(Date.now() < deadline, `${watcher} never saw ${other} (connected in the other region) online`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }

      const members = new Map(conversations.map((c) => [c.id, receiversOf(c.users)]));
      const senders = RECEIVERS.filter((r) => r.name !== 'eve@b');
      const errors: string[] = [];
      const until = Date.now() + SEND_FOR_MS;
      await Promise.all(
        senders.map(async (s, si) => {
          const mine = conversations.filter((c) => c.users.includes(s.user));
          for (let n = 0; Date.now() < until; n++) {
            const conv = mine[n % mine.length]!;
            const clientId = `${s.name.replace("@", "_")}-${n}`;
            sentAt.set(clientId, { at: performance.now(), region: regionOf(s.node) });
            try {
              const ack = await by.get(s.name)!.send(conv.id, `${s.name} #${n}`, clientId);
              ledger.acked(conv.id, clientId, Number(ack.seq));
            } catch (err) {
              errors.push(`${clientId}: ${(err as Error).message}`);
            }
            await new Promise((r) => setTimeout(r, 15 + si));
          }
        }),
      );
      assert.deepEqual(errors, [], 'sends failed');
      const caughtUp = await ledger.caughtUp(regions, members, 60_000);
      const v = await ledger.verify(regions, members);
      if (!caughtUp) {
        for (const id of regions.nodes.keys()) {
          const counts = await Promise.all(['chorus_cluster_deliveries_dropped_total', 'chorus_cluster_deliveries_resent_total', 'chorus_region_deliveries_undelivered_total', 'chorus_cluster_retries_total'].map((m) => regions.metric(id, m)));
          const leases = regions.nodes.get(id)!.proc.logs().split('\n').filter((l) => l.includes('membership lease lost')).length;
          console.log(`# ${id}: dropped ${counts[0]} resent ${counts[1]} undelivered ${counts[2]} retries ${counts[3]} leases lost ${leases}`);
        }
      }
      assert.ok(caughtUp, `receivers did not catch up within 60 s: ${v.problems.join('; ')}`);
      assert.deepEqual(v.problems, [], 'the ledger found problems');
      assert.deepEqual([v.lost, v.duplicates, v.gaps, v.misdelivered], [0, 0, 0, 0]);
      console.log(`# two regions: checked ${v.stored} stored messages, ${v.acked} acknowledged sends, ${v.deliveries} deliveries (one-way delay ${DELAY_MS} ms)`);

      for (const [path, list] of [...latency].sort()) {
        const sorted = list.sort((x, y) => x - y);
        console.log(`# send→deliver ${path} (sender→home→receiver): n=${sorted.length} p50 ${percentile(sorted, 50).toFixed(1)} ms p99 ${percentile(sorted, 99).toFixed(1)} ms`);
      }
      const sum = async (prefix: string): Promise<number> => (await Promise.all([...regions.nodes.keys()].map((id) => regions.metric(id, prefix)))).reduce((x, y) => x + y, 0);
      const forwarded = await sum('chorus_region_forwarded_calls_total{peer="a",result="ok"}') + (await sum('chorus_region_forwarded_calls_total{peer="b",result="ok"}'));
      const across = await sum('chorus_region_deliveries_total');
      const undelivered = await sum('chorus_region_deliveries_undelivered_total');
      console.log(`# region links: ${forwarded} calls forwarded to the home region, ${across} cross-region delivery recipients (out + in), ${undelivered} undelivered`);
      assert.ok(forwarded > 0, 'no call was forwarded');
      assert.equal(undelivered, 0);
      // Every node pings the other region every 5 s: the link RTT is measured and includes the distance both ways.
      for (const [id, peer] of [['a1', 'b'], ['b2', 'a']] as const) {
        const pings = await regions.metric(id, `chorus_region_link_rtt_seconds_count{peer="${peer}"}`);
        const last = await regions.metric(id, `chorus_region_link_rtt_last_seconds{peer="${peer}"}`);
        console.log(`# link RTT ${id} -> region ${peer}: ${pings} pings, last ${(last * 1000).toFixed(1)} ms`);
        assert.ok(pings >= 1, `${id} measured no ping to region ${peer}`);
        assert.ok(last * 1000 >= 2 * DELAY_MS, `${id}'s ping to region ${peer} took ${last * 1000} ms, under the round trip`);
      }
      // The forwarded path pays the round trip; a same-region path must not.
      const same = latency.get('a→a→a')?.sort((x, y) => x - y);
      const crossed = latency.get('b→a→b')?.sort((x, y) => x - y);
      assert.ok(same !== undefined && crossed !== undefined);
      assert.ok(percentile(crossed, 50) >= 2 * DELAY_MS, `a send forwarded to its home and delivered back took ${percentile(crossed, 50)} ms, under the round trip`);
      assert.ok(percentile(same, 50) < percentile(crossed, 50), 'a same-region send was slower than one forwarded across regions');
    });
  });
}
