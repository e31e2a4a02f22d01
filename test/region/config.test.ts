/**
 * Regions as a setting (docs/regions.md): --region, --regions and the short DC map of
 * `chorus migrate --scylla-replication`, checked as an operator meets them (one clear message each),
 * and the single-region default left exactly as it was.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, loadMigrateConfig, parseReplication } from '../../cmd/config.js';
import { isMultiRegion, parseRegionPeers, regionSettings, RegionSettingsError, SINGLE_REGION } from '../../lib/cluster/regions.js';
import { runToExit } from '../../testing/process.js';

const secret = ['--jwt-secret', 'k'.repeat(32)];
const scylla = ['--store', 'scylla', '--scylla-contact-points', '127.0.0.1', '--scylla-local-dc', 'dc1'];

describe('region settings', () => {
  it('default to one unnamed region, as before', () => {
    const c = loadConfig(secret, {});
    assert.deepEqual(c.region, SINGLE_REGION);
    assert.equal(isMultiRegion(c.region), false);
  });

  it('name the region alone on any store, and the others with their entry points sorted by name', () => {
    assert.equal(loadConfig([...secret, '--region', 'eu-west'], {}).region.name, 'eu-west');
    const c = loadConfig([...secret, ...scylla, '--region', 'b'], { CHORUS_REGIONS: ' c=10.0.0.3:7070 , a=[::1]:7071' });
    assert.deepEqual(c.region, { name: 'b', peers: [{ name: 'a', endpoint: '[::1]:7071' }, { name: 'c', endpoint: '10.0.0.3:7070' }] });
    assert.equal(isMultiRegion(c.region), true);
    assert.ok(Object.isFrozen(c.region.peers));
    // Several regions create conversations at SERIAL; one region keeps the configured level.
    assert.equal(c.store.kind === 'scylla' && c.store.scylla.createSerialConsistency, 'SERIAL');
    const one = loadConfig([...secret, ...scylla, '--region', 'b'], {});
    assert.equal(one.store.kind === 'scylla' && one.store.scylla.createSerialConsistency, undefined);
  });

  it('refuse bad or inconsistent values with one clear message', () => {
    const bad: Array<[string[], RegExp]> = [
      [['--region', 'EU'], /--region\/--regions .*lower-case letters.*got "EU"/],
      [['--region', 'a'.repeat(33)], /at most 32/],
      [[...scylla, '--regions', 'b=h:1'], /other regions are given but not the name of this one/],
      [[...scylla, '--region', 'a', '--regions', 'a=h:1'], /region a is this node's own region/],
      [[...scylla, '--region', 'a', '--regions', 'b=h:1,b=h:2'], /region b is named twice/],
      [[...scylla, '--region', 'a', '--regions', 'b=h'], /region b needs a host:port entry point, got "h"/],
      [[...scylla, '--region', 'a', '--regions', 'b=h:0'], /got "h:0"/],
      [[...scylla, '--region', 'a', '--regions', 'b'], /expected NAME=HOST:PORT, got "b"/],
      [['--region', 'a', '--regions', 'b=h:1'], /share one ScyllaDB keyspace: set --store scylla/],
      [[...scylla, '--region', 'a', '--regions', 'b=h:1', '--scylla-consistency', 'QUORUM'], /need --scylla-consistency LOCAL_QUORUM .*got QUORUM/],
      [[...scylla, '--region', 'a', '--regions', 'b=h:1', '--scylla-consistency', 'EACH_QUORUM'], /got EACH_QUORUM/],
      [[...scylla, '--region', 'a', '--regions', 'b=h:1', '--scylla-serial-consistency', 'SERIAL'], /need --scylla-serial-consistency LOCAL_SERIAL/],
    ];
    for (const [args, message] of bad) {
      assert.throws(() => loadConfig([...secret, ...args], {}), (e: unknown) => e instanceof ConfigError && message.test(e.message), args.join(' '));
    }
  });

  it('are checked the same way by the library, with a typed error', () => {
    assert.throws(() => regionSettings('', [{ name: 'b', endpoint: 'h:1' }]), (e: unknown) => e instanceof RegionSettingsError && e.code === 'BAD_REGION_SETTINGS');
    assert.deepEqual(parseRegionPeers('  '), []);
  });

  it('make a bad --regions fail the real binary with exit 2 and one line', async () => {
    const r = await runToExit(['--dev', '--port', '0', '--admin-port', '0', '--region', 'a', '--regions', 'b=nowhere'], { CHORUS_LOG_LEVEL: 'silent' });
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /region b needs a host:port entry point/);
  });
});

describe('the DC map of chorus migrate', () => {
  it('takes the short form dc1=3,dc2=3 as NetworkTopologyStrategy', () => {
    assert.deepEqual(parseReplication('dc1=3,dc2=3'), { class: 'NetworkTopologyStrategy', dcs: { dc1: 3, dc2: 3 } });
    assert.deepEqual(parseReplication(' eu-west = 3 , us.east=1 '), { class: 'NetworkTopologyStrategy', dcs: { 'eu-west': 3, 'us.east': 1 } });
    assert.deepEqual(parseReplication('SimpleStrategy:1'), { class: 'SimpleStrategy', replicationFactor: 1 });
    assert.deepEqual(parseReplication('NetworkTopologyStrategy:dc1=3,dc2=3'), { class: 'NetworkTopologyStrategy', dcs: { dc1: 3, dc2: 3 } });
    const m = loadMigrateConfig(['--scylla-contact-points', 'h', '--scylla-local-dc', 'dc1', '--scylla-replication', 'dc1=3,dc2=3'], {});
    assert.deepEqual(m.replication, { class: 'NetworkTopologyStrategy', dcs: { dc1: 3, dc2: 3 } });
  });

  it('refuses a bad short form', () => {
    for (const [text, message] of [
      ['dc1=0', /positive integers/],
      ['dc1=3,dc1=1', /names dc1 twice/],
      ['dc1=3,', /has a bad data centre entry ""/],
      // The colon form would be ambiguous with a strategy name: refused, not guessed.
      ['dc1:3', /must start with NetworkTopologyStrategy/],
      ['Everywhere:3', /must start with NetworkTopologyStrategy/],
    ] as const) {
      assert.throws(() => parseReplication(text), (e: unknown) => e instanceof ConfigError && message.test(e.message), text);
    }
  });
});
