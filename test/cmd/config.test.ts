import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, OPTIONS, usage } from '../../cmd/config.js';
import { sectionOf } from '../../cmd/config/usage.js';
import { runToExit } from '../../testing/process.js';

describe('configuration', () => {
  const secret = ['--jwt-secret', 'k'.repeat(32)];

  it('uses defaults, environment, then flags', () => {
    const c = loadConfig([...secret, '--port=9001'], { CHORUS_PORT: '9000', CHORUS_MAX_PAGE: '200' });
    assert.equal(c.port, 9001);
    assert.equal(c.limits.maxPage, 200);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.dev, false);
  });

  it('rejects bad values with one clear message', () => {
    assert.throws(() => loadConfig([...secret, '--port', 'http'], {}), (e: unknown) => e instanceof ConfigError && /--port .* must be an integer, got "http"/.test(e.message));
    assert.throws(() => loadConfig([...secret, '--port', '70000'], {}), /between 0 and 65535/);
    assert.throws(() => loadConfig([...secret, '--idle-timeout-sec', '-5'], {}), /between 2 and 480/);
    assert.throws(() => loadConfig([...secret, '--log-level', 'loud'], {}), /one of fatal/);
    assert.throws(() => loadConfig([...secret, '--no-such-flag'], {}), /unknown option --no-such-flag/);
    assert.throws(() => loadConfig([], {}), /CHORUS_JWT_SECRET\) is required unless --dev/);
    assert.throws(() => loadConfig(['--jwt-secret', 'short'], {}), /at least 32 bytes/);
  });

  it('reads extra Web Push hosts (self-hosted push services) and refuses anything but host names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chorus-config-'));
    try {
      const key = join(dir, 'vapid');
      writeFileSync(key, 'private-key');
      const webpush = ['--push-webpush-public-key', 'pub', '--push-webpush-private-key-file', key, '--push-webpush-subject', 'mailto:ops@chorus.example'];
      assert.deepEqual(loadConfig([...secret, ...webpush], {}).push.webpush?.hosts, []);
      assert.deepEqual(loadConfig([...secret, ...webpush, '--push-webpush-hosts', 'ntfy.example.org, Push.Example.com'], {}).push.webpush?.hosts, ['ntfy.example.org', 'push.example.com']);
      assert.throws(() => loadConfig([...secret, ...webpush, '--push-webpush-hosts', 'https://ntfy.example.org'], {}), /--push-webpush-hosts: "https:\/\/ntfy.example.org" is not a host name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails at startup with one line and exit code 2, no stack trace', async () => {
    const r = await runToExit(['--port', 'abc', '--dev']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^chorus: --port \(CHORUS_PORT\) must be an integer/);
  });

  it('reads the cluster settings, and refuses a cluster it cannot run with one clear line', () => {
    const solo = loadConfig(secret, {});
    assert.equal(solo.cluster.etcd, null);
    assert.deepEqual(solo.cluster.roles, ['gateway', 'conversation']);
    const scylla = ['--store', 'scylla', '--scylla-contact-points', 'db:9042', '--scylla-local-dc', 'dc1'];
    const c = loadConfig([...secret, ...scylla, '--node-id', 'chorus-gateway-0'], {
      CHORUS_ETCD_ENDPOINTS: 'http://etcd-0:2379, http://etcd-1:2379',
      CHORUS_ROLES: 'gateway',
      CHORUS_MEMBERSHIP_TTL_SEC: '3',
      CHORUS_CLUSTER_CA_FILE: '/etc/chorus/tls/ca.crt',
      CHORUS_CLUSTER_CERT_FILE: '/etc/chorus/tls/tls.crt',
      CHORUS_CLUSTER_KEY_FILE: '/etc/chorus/tls/tls.key',
    });
    assert.deepEqual(c.cluster.tls, { caFile: '/etc/chorus/tls/ca.crt', certFile: '/etc/chorus/tls/tls.crt', keyFile: '/etc/chorus/tls/tls.key', checkEveryMs: 30_000 });
    assert.equal(loadConfig([...secret, ...scylla, '--etcd-endpoints', 'http://etcd:2379', '--cluster-insecure'], {}).cluster.tls, null);
    assert.equal(solo.cluster.tls, null, 'a single process has no node-to-node traffic');
    assert.deepEqual(c.cluster.etcd, { endpoints: ['http://etcd-0:2379', 'http://etcd-1:2379'], prefix: '/chorus/members/', ttlSec: 3 });
    assert.deepEqual(c.cluster.roles, ['gateway']);
    assert.equal(c.cluster.nodeId, 'chorus-gateway-0');
    const etcd = ['--etcd-endpoints', 'http://etcd:2379'];
    const cases: [string[], RegExp][] = [
      [etcd, /a cluster \(--etcd-endpoints\) needs a store every node shares: set --store scylla/],
      [['--roles', 'gateway'], /--roles other than "gateway,conversation" need a cluster/],
      [[...scylla, ...etcd, '--roles', 'gateway,relay'], /--roles \(CHORUS_ROLES\) must name gateway, conversation or both, got "gateway,relay"/],
      [[...scylla, '--etcd-endpoints', 'etcd:2379'], /--etcd-endpoints .* must be http\(s\):\/\/host:port URLs, got "etcd:2379"/],
      [[...scylla, ...etcd, '--membership-ttl-sec', '-1'], /--membership-ttl-sec .* must be between 2 and 300, got -1/],
      [[...scylla, ...etcd, '--node-id', 'pod/0'], /--node-id .* must match/],
      [[...scylla, ...etcd, '--etcd-prefix', 'chorus'], /--etcd-prefix must start and end with "\/"/],
      [[...scylla, ...etcd, '--grpc-advertise', 'pod-0'], /--grpc-advertise .* must be host:port, got "pod-0"/],
      [[...scylla, ...etcd, '--drain-grace-ms', '-5'], /--drain-grace-ms .* must be between 0 and 600000/],
      [[...scylla, ...etcd], /a cluster \(--etcd-endpoints\) needs mTLS between its nodes: set --cluster-ca-file/],
      [[...scylla, ...etcd, '--cluster-ca-file', 'ca.crt'], /--cluster-ca-file, --cluster-cert-file and --cluster-key-file .* go together/],
      [[...scylla, ...etcd, '--cluster-insecure', '--cluster-ca-file', 'a', '--cluster-cert-file', 'b', '--cluster-key-file', 'c'], /exclude each other/],
    ];
    for (const [args, message] of cases) {
      const insecure = args.includes('--cluster-insecure') || args.includes('--cluster-ca-file') || message.source.includes('mTLS') ? [] : ['--cluster-insecure'];
      assert.throws(() => loadConfig([...secret, ...args, ...insecure], {}), (e: unknown) => e instanceof ConfigError && message.test(e.message) && !e.message.includes('\n'), args.join(' '));
    }
  });

  it('refuses a cluster without a shared store at startup: one line, exit code 2', async () => {
    const r = await runToExit(['--dev', '--etcd-endpoints', 'http://127.0.0.1:2379']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^chorus: a cluster \(--etcd-endpoints\) needs a store every node shares/);
  });

  it('prints its version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = await runToExit(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), `chorus ${pkg.version}`);
  });

  it('groups --help into sections with examples, each option in one, each default said once', async () => {
    for (const o of OPTIONS) assert.notEqual(sectionOf(o.flag), '', `--${o.flag} belongs to no help section`);
    const r = await runToExit(['--help']);
    assert.equal(r.code, 0);
    const text = r.stdout;
    const titles = [...text.matchAll(/^([A-Z][A-Za-z ,()]+):$/gm)].map((m) => m[1]);
    assert.deepEqual(titles, ['Basics', 'Auth (JWT)', 'Limits', 'Sessions, presence and actors', 'Store', 'Cluster', 'Push notifications', 'Media', 'Search', 'Examples']);
    assert.ok(text.indexOf('--port ') < text.indexOf('--jwt-secret') && text.indexOf('--jwt-secret') < text.indexOf('--etcd-endpoints'));
    assert.match(text, /chorus --version/);
    assert.match(text, /^ {2}chorus --dev$/m);
    assert.doesNotMatch(text, /default:[^\n]*default:/, 'no option states its default twice');
    assert.doesNotMatch(text, /\(default: none\)/);
    assert.match(text, /--node-id .*default: the hostname$/m);
    const migrate = usage('migrate');
    assert.match(migrate, /^Store:$/m);
    assert.doesNotMatch(migrate, /^Basics:$/m, 'a section without options of the command is left out');
    assert.match(migrate, /^Example:\n {2}chorus migrate /m);
  });
});
