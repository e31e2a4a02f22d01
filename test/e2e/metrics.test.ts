import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { startTestNode, type TestNode, until } from '../../testing/node.js';

async function get(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

/** The value of a sample line `name{labels} value` (labels matched as a substring). */
function sample(text: string, name: string, labels = ''): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (!(rest.startsWith(' ') || rest.startsWith('{'))) continue;
    if (labels !== '' && !rest.includes(labels)) continue;
    return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('admin port: metrics, health and readiness', () => {
  let t: TestNode;
  let admin: string;
  before(async () => {
    t = await startTestNode();
    admin = `http://127.0.0.1:${t.node.adminPort}`;
  });
  after(async () => {
    await t.stop();
  });

  it('answers /healthz and /readyz, and 404 elsewhere', async () => {
    assert.deepEqual(await get(`${admin}/healthz`), { status: 200, text: 'ok\n' });
    assert.deepEqual(await get(`${admin}/readyz`), { status: 200, text: 'ready\n' });
    assert.equal((await get(`${admin}/nope`)).status, 404);
  });

  it('moves the delivery-latency histogram and the queue gauges with traffic, and passes promtool', async () => {
    const initial = await get(`${admin}/metrics`);
    assert.equal(sample(initial.text, 'chorus_delivery_latency_seconds_count'), 0);
    const alice = await t.client('m-alice');
    const bob = await t.client('m-bob');
    const conv = await alice.createDirect('m-bob');
    const got: number[] = [];
    bob.on('message', (m) => got.push(m.seq));
    for (let i = 0; i < 20; i++) await alice.send(conv.id, `m${i}`);
    await until(() => got.length === 20, 'deliveries');
    await bob.markDelivered(conv.id, 20);
    const text = (await get(`${admin}/metrics`)).text;
    assert.equal(sample(text, 'chorus_delivery_latency_seconds_count'), 1, 'one device acknowledged delivery');
    assert.ok(sample(text, 'chorus_persist_latency_seconds_count')! >= 1);
    assert.equal(sample(text, 'chorus_sends_total', 'result="stored"'), 20);
    assert.ok(sample(text, 'chorus_connections')! >= 2);
    assert.ok(sample(text, 'chorus_frames_in_total', 'type="send"')! >= 20);
    assert.ok(sample(text, 'chorus_frames_out_total', 'type="fanout"')! >= 20);
    assert.equal(sample(text, 'chorus_actors_alive', 'kind="conversation"'), 1);
    assert.notEqual(sample(text, 'chorus_mailbox_oldest_age_seconds', 'kind="conversation"'), undefined);
    assert.ok(sample(text, 'chorus_actor_activations_total', 'kind="conversation"')! >= 1);
    assert.ok(sample(text, 'chorus_process_resident_memory_bytes')! > 0);

    const promtool = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    assert.equal(promtool.error, undefined, 'promtool is installed (npm test installs Debian’s prometheus package)');
    assert.equal(promtool.status, 0, `promtool check metrics: ${promtool.stdout}${promtool.stderr}`);
    alice.close();
    bob.close();
  });

  it('counts error frames by code', async () => {
    const c = await t.client('m-err');
    await assert.rejects(c.history('g.nothing-here', {}));
    const text = (await get(`${admin}/metrics`)).text;
    assert.ok(sample(text, 'chorus_errors_total', 'code="NOT_FOUND"')! >= 1);
    c.close();
  });
});
