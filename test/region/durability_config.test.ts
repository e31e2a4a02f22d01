/**
 * --durability, --region-lease-ms and `chorus region` as an operator meets them (docs/regions.md,
 * "Durability modes" and "Losing a region"): multi-region only, one clear line and exit 2 otherwise.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, loadRegionCommandConfig } from '../../cmd/config.js';
import { runToExit } from '../../testing/process.js';

const secret = ['--jwt-secret', 'k'.repeat(32)];
const scylla = ['--store', 'scylla', '--scylla-contact-points', '127.0.0.1', '--scylla-local-dc', 'dc1'];
const regions = [...scylla, '--region', 'a', '--regions', 'b=h:1'];

describe('durability modes', () => {
  it('default to the default mode with a 10 s region lease, several regions only', () => {
    assert.deepEqual(loadConfig([...secret, ...regions], {}).regionLease, { durability: 'default', periodMs: 10_000 });
    assert.deepEqual(loadConfig([...secret, ...regions, '--region-lease-ms', '2000'], { CHORUS_DURABILITY: 'zero-loss' }).regionLease, { durability: 'zero-loss', periodMs: 2000 });
    assert.equal(loadConfig(secret, {}).regionLease, undefined);
    assert.equal(loadConfig([...secret, '--durability', 'default'], {}).regionLease, undefined);
  });

  it('refuse zero-loss without several regions, and unknown modes', () => {
    assert.throws(() => loadConfig([...secret, '--durability', 'zero-loss'], {}), (e: unknown) => e instanceof ConfigError && /--durability zero-loss .*needs several regions/.test(e.message));
    assert.throws(() => loadConfig([...secret, ...scylla, '--region', 'a'], { CHORUS_DURABILITY: 'zero-loss' }), /needs several regions/);
    assert.throws(() => loadConfig([...secret, ...regions, '--durability', 'paranoid'], {}), ConfigError);
    assert.throws(() => loadConfig([...secret, ...regions, '--region-lease-ms', '10'], {}), /between 300 and/);
  });

  it('make the real binary exit 2 with one line', async () => {
    const r = await runToExit(['--dev', '--port', '0', '--admin-port', '0', '--durability', 'zero-loss'], { CHORUS_LOG_LEVEL: 'silent' });
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /--durability zero-loss \(CHORUS_DURABILITY\) needs several regions/);
  });
});

describe('chorus region', () => {
  it('takes status, failover --from --to and unfence --from', () => {
    const c = loadRegionCommandConfig('failover', [...scylla.slice(2), '--from', 'a', '--to', 'b', '--force'], {});
    assert.deepEqual([c.action, c.from, c.to, c.force, c.periodMs, c.marginMs], ['failover', 'a', 'b', true, 10_000, 2000]);
    assert.equal(loadRegionCommandConfig('status', scylla.slice(2), {}).action, 'status');
  });

  it('refuses a bad action or missing regions with one line and exit 2', async () => {
    assert.throws(() => loadRegionCommandConfig('explode', scylla.slice(2), {}), /expected status, failover or unfence/);
    assert.throws(() => loadRegionCommandConfig('failover', [...scylla.slice(2), '--from', 'a'], {}), /needs --to REGION/);
    assert.throws(() => loadRegionCommandConfig('unfence', scylla.slice(2), {}), /needs --from REGION/);
    assert.throws(() => loadRegionCommandConfig('status', [], {}), /needs --scylla-contact-points/);
    const r = await runToExit(['region', 'failover', '--from', 'a', ...scylla.slice(2)]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^chorus region: region failover needs --to REGION/);
    const help = await runToExit(['region', '--help']);
    assert.match(help.stdout, /Usage: chorus region status\|failover\|unfence/);
  });
});
