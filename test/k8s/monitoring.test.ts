/**
 * Monitoring in the prod overlay: the PrometheusRule passes `promtool check rules`, its alerts fire
 * (and stay quiet) on synthetic series under `promtool test rules`, every alert has a runbook
 * section in docs/operations.md, every chorus_* metric that alerts and the Grafana dashboard use is
 * one the code defines, the ServiceMonitors select the Services the alerts' `job` names, and the
 * labels they attach do not collide with the metrics' own. promtool comes from Debian's prometheus
 * package, which `npm test` installs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { byKind, type K8sObject, render, ROOT, selectorMatches } from './render.js';
import { UPCOMING_METRICS } from './upcoming.js';

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface RuleGroup {
  name: string;
  rules: Rule[];
}

/** The metric modules under lib/ (files named metrics.ts or ending in it, such as region_metrics.ts), as text. */
function metricSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('metrics.ts')) out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(ROOT, 'lib'));
  return out;
}

/** Every 'chorus_…' metric name the metric modules define. */
function definedMetrics(): Set<string> {
  return new Set(metricSources().flatMap((text) => [...text.matchAll(/'(chorus_[a-z0-9_]+)'/g)].map((m) => m[1]!)));
}

/** Every label name the metric modules give a metric (labelNames: [...]). */
function metricLabels(): Set<string> {
  const names = new Set<string>();
  for (const text of metricSources()) {
    for (const list of text.matchAll(/labelNames:\s*\[([^\]]*)\]/g)) for (const m of list[1]!.matchAll(/'([a-zA-Z_][a-zA-Z0-9_]*)'/g)) names.add(m[1]!);
  }
  return names;
}

/** A metric name in an expression is known when the code defines it (or its histogram base). */
function unknownMetrics(exprs: readonly string[], defined: ReadonlySet<string>): string[] {
  const unknown = new Set<string>();
  for (const expr of exprs) {
    for (const [name] of expr.matchAll(/\bchorus_[a-z0-9_]+/g)) {
      const base = name.replace(/_(bucket|count|sum)$/, '');
      // prom-client's default metrics, registered with the chorus_ prefix (lib/metrics/metrics.ts).
      const builtIn = /^chorus_(process|nodejs)_/.test(name);
      if (!defined.has(name) && !defined.has(base) && !UPCOMING_METRICS.has(name) && !builtIn) unknown.add(name);
    }
  }
  return [...unknown];
}

function promtool(args: string[]): { status: number | null; output: string } {
  const r = spawnSync('promtool', args, { encoding: 'utf8' });
  assert.equal(r.error, undefined, 'promtool is installed (npm test installs Debian’s prometheus package)');
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Synthetic series and what each alert must do with them (promtool test rules format). */
const RULE_TESTS = [
  {
    interval: '1m',
    input_series: [
      // 2 % of deliveries slower than 200 ms in "slow", 0.5 % in "fast".
      { series: 'chorus_delivery_latency_seconds_bucket{namespace="slow",le="0.2"}', values: '0+98x40' },
      { series: 'chorus_delivery_latency_seconds_count{namespace="slow"}', values: '0+100x40' },
      { series: 'chorus_delivery_latency_seconds_bucket{namespace="fast",le="0.2"}', values: '0+199x40' },
      { series: 'chorus_delivery_latency_seconds_count{namespace="fast"}', values: '0+200x40' },
      { series: 'chorus_mailbox_oldest_age_seconds{namespace="slow",pod="chorus-conversation-0",kind="conversation"}', values: '3x40' },
      { series: 'chorus_errors_total{namespace="slow",code="UNAVAILABLE"}', values: '0+120x40' },
      { series: 'chorus_errors_total{namespace="fast",code="FORBIDDEN"}', values: '0+600x40' },
      { series: 'chorus_frames_in_total{namespace="slow"}', values: '0+6000x40' },
      { series: 'chorus_frames_in_total{namespace="fast"}', values: '0+6000x40' },
      { series: 'up{namespace="slow",job="chorus-conversation",pod="chorus-conversation-1"}', values: '1 1 1 0x37' },
      { series: 'up{namespace="slow",job="chorus-gateway",pod="chorus-gateway-0"}', values: '1x40' },
      // A push outbox whose oldest push ages (a provider refusing everything, say), and one that drains.
      { series: 'chorus_push_outbox_oldest_seconds{namespace="slow",pod="chorus-conversation-0",outbox="chorus-conversation-0"}', values: '0+60x40' },
      { series: 'chorus_push_outbox_oldest_seconds{namespace="fast",pod="chorus-conversation-0",outbox="chorus-conversation-2"}', values: '0 3 5 0x37' },
      // OpenSearch unreachable in "slow" from 2m: the lag grows by a minute a minute; "fast" keeps up.
      { series: 'chorus_search_index_lag_seconds{namespace="slow",pod="chorus-conversation-0"}', values: '0 0 0+60x38' },
      { series: 'chorus_search_index_lag_seconds{namespace="fast",pod="chorus-conversation-0"}', values: '0x40' },
    ],
    alert_rule_test: [
      { eval_time: '20m', alertname: 'ChorusDeliveryLatencySLO', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'slow' } }] },
      { eval_time: '5m', alertname: 'ChorusDeliveryLatencySLO', exp_alerts: [] },
      { eval_time: '20m', alertname: 'ChorusQueueLag', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'slow', pod: 'chorus-conversation-0', kind: 'conversation' } }] },
      { eval_time: '20m', alertname: 'ChorusQueueLagCritical', exp_alerts: [] },
      { eval_time: '20m', alertname: 'ChorusErrorRateHigh', exp_alerts: [{ exp_labels: { severity: 'critical', namespace: 'slow' } }] },
      {
        eval_time: '10m',
        alertname: 'ChorusNodeDown',
        exp_alerts: [{ exp_labels: { severity: 'critical', namespace: 'slow', job: 'chorus-conversation', pod: 'chorus-conversation-1' } }],
      },
      { eval_time: '20m', alertname: 'ChorusMetricsAbsent', exp_alerts: [] },
      {
        eval_time: '30m',
        alertname: 'ChorusPushOutboxStale',
        exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'slow', pod: 'chorus-conversation-0', outbox: 'chorus-conversation-0' } }],
      },
      { eval_time: '10m', alertname: 'ChorusPushOutboxStale', exp_alerts: [] },
      { eval_time: '4m', alertname: 'ChorusSearchIndexLag', exp_alerts: [] },
      { eval_time: '20m', alertname: 'ChorusSearchIndexLag', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'slow', pod: 'chorus-conversation-0' } }] },
    ],
  },
  {
    // Cluster nodes in four namespaces. "lost": chorus-conversation-1 loses its lease at 3m and keeps
    // a stale ring; chorus-gateway-1 reports 0 for one scrape (a drain). "split": chorus-gateway-0
    // sees one conversation host fewer from 10m. "missing": every node agrees on 2 hosts, 3 run.
    // "drop": deliveries dropped all along; "lost" drops a few once, during its ring change.
    interval: '1m',
    input_series: [
      ...cluster('lost', { 'chorus-conversation-0': ['1x30', '3 3 3 2x27'], 'chorus-conversation-1': ['1 1 1 0x27', '3x30'], 'chorus-gateway-0': ['1x30', '3 3 3 2x27'], 'chorus-gateway-1': ['1 1 1 0 1x26', '3 3 3 2x27'] }),
      ...cluster('split', { 'chorus-conversation-0': ['1x30', '3x30'], 'chorus-conversation-1': ['1x30', '3x30'], 'chorus-conversation-2': ['1x30', '3x30'], 'chorus-gateway-0': ['1x30', '3x10 2x20'] }),
      ...cluster('missing', { 'chorus-conversation-0': ['1x30', '2x30'], 'chorus-conversation-1': ['1x30', '2x30'], 'chorus-conversation-2': ['1x30', '2x30'], 'chorus-gateway-0': ['1x30', '2x30'] }),
      { series: 'chorus_cluster_deliveries_dropped_total{namespace="drop",pod="chorus-gateway-0",reason="peer_overloaded"}', values: '0+10x30' },
      { series: 'chorus_cluster_deliveries_dropped_total{namespace="lost",pod="chorus-gateway-0",reason="unknown_node"}', values: '0 0 5x28' },
    ],
    alert_rule_test: [
      { eval_time: '3m', alertname: 'ChorusMembershipLost', exp_alerts: [] },
      {
        eval_time: '10m',
        alertname: 'ChorusMembershipLost',
        exp_alerts: [{ exp_labels: { severity: 'critical', namespace: 'lost', job: 'chorus-conversation', pod: 'chorus-conversation-1' } }],
      },
      { eval_time: '8m', alertname: 'ChorusRingViewsDiffer', exp_alerts: [] },
      { eval_time: '20m', alertname: 'ChorusRingViewsDiffer', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'split', role: 'conversation' } }] },
      {
        eval_time: '20m',
        alertname: 'ChorusRingMemberMissing',
        exp_alerts: [{ exp_labels: { severity: 'critical', namespace: 'split' } }, { exp_labels: { severity: 'critical', namespace: 'missing' } }],
      },
      { eval_time: '5m', alertname: 'ChorusDeliveriesDropped', exp_alerts: [] },
      { eval_time: '20m', alertname: 'ChorusDeliveriesDropped', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'drop', reason: 'peer_overloaded' } }] },
    ],
  },
  {
    // Regions. "cut": region a's two nodes cannot renew from 3m (the other DC unreachable) and its
    // link to b is down from 3m. "failed": region a was failed over at 5m (fenced), b runs on.
    // "lossy": b's deliveries to a are refused all along and a third of its forwarded calls fail;
    // "fine": a few undelivered once, 1 % of forwards failing.
    interval: '1m',
    input_series: [
      { series: 'chorus_region_lease_valid{namespace="cut",pod="chorus-conversation-0",region="a"}', values: '1 1 1 0x27' },
      { series: 'chorus_region_lease_fenced{namespace="cut",pod="chorus-conversation-0",region="a"}', values: '0x30' },
      { series: 'chorus_region_lease_valid{namespace="cut",pod="chorus-gateway-0",region="a"}', values: '1 1 1 0x27' },
      { series: 'chorus_region_lease_fenced{namespace="cut",pod="chorus-gateway-0",region="a"}', values: '0x30' },
      { series: 'chorus_peer_link_up{namespace="cut",pod="chorus-gateway-0",peer="region:b"}', values: '1 1 1 0x27' },
      { series: 'chorus_peer_link_up{namespace="cut",pod="chorus-gateway-0",peer="chorus-conversation-0"}', values: '1x30' },
      { series: 'chorus_region_lease_valid{namespace="failed",pod="chorus-conversation-0",region="a"}', values: '1 1 1 1 1 0x25' },
      { series: 'chorus_region_lease_fenced{namespace="failed",pod="chorus-conversation-0",region="a"}', values: '0 0 0 0 0 1x25' },
      { series: 'chorus_region_lease_valid{namespace="failed",pod="chorus-conversation-0",region="b"}', values: '1x30' },
      { series: 'chorus_region_lease_fenced{namespace="failed",pod="chorus-conversation-0",region="b"}', values: '0x30' },
      { series: 'chorus_region_deliveries_undelivered_total{namespace="lossy",pod="chorus-conversation-0",peer="a",reason="returned"}', values: '0+30x30' },
      { series: 'chorus_region_deliveries_undelivered_total{namespace="fine",pod="chorus-conversation-0",peer="a",reason="link_full"}', values: '0 0 4x28' },
      { series: 'chorus_region_forwarded_calls_total{namespace="lossy",pod="chorus-gateway-0",peer="a",result="ok"}', values: '0+200x30' },
      { series: 'chorus_region_forwarded_calls_total{namespace="lossy",pod="chorus-gateway-0",peer="a",result="remote_timeout"}', values: '0+100x30' },
      { series: 'chorus_region_forwarded_calls_total{namespace="fine",pod="chorus-gateway-0",peer="a",result="ok"}', values: '0+990x30' },
      { series: 'chorus_region_forwarded_calls_total{namespace="fine",pod="chorus-gateway-0",peer="a",result="not_owner"}', values: '0+10x30' },
    ],
    alert_rule_test: [
      { eval_time: '3m', alertname: 'ChorusRegionLeaseLost', exp_alerts: [] },
      { eval_time: '10m', alertname: 'ChorusRegionLeaseLost', exp_alerts: [{ exp_labels: { severity: 'critical', namespace: 'cut', region: 'a' } }] },
      { eval_time: '8m', alertname: 'ChorusRegionFenced', exp_alerts: [] },
      { eval_time: '15m', alertname: 'ChorusRegionFenced', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'failed', region: 'a' } }] },
      { eval_time: '4m', alertname: 'ChorusRegionLinkDown', exp_alerts: [] },
      { eval_time: '10m', alertname: 'ChorusRegionLinkDown', exp_alerts: [{ exp_labels: { severity: 'critical', namespace: 'cut', peer: 'region:b' } }] },
      { eval_time: '25m', alertname: 'ChorusRegionDeliveriesUndelivered', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'lossy', peer: 'a', reason: 'returned' } }] },
      { eval_time: '25m', alertname: 'ChorusRegionForwardingFailing', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'lossy', peer: 'a' } }] },
    ],
  },
  {
    // Reads from the local DC (docs/regions.md): in "lagging" most reads that found the DC behind
    // were 2 to 5 s behind; in "keeping" they were under 100 ms behind.
    interval: '1m',
    input_series: [
      ...lagBuckets('lagging', { '0.1': 0, '1': 1, '2': 2, '5': 20, '+Inf': 20 }),
      ...lagBuckets('keeping', { '0.1': 5, '1': 5, '2': 5, '5': 5, '+Inf': 5 }),
    ],
    alert_rule_test: [
      { eval_time: '5m', alertname: 'ChorusRegionReadsBehind', exp_alerts: [] },
      { eval_time: '25m', alertname: 'ChorusRegionReadsBehind', exp_alerts: [{ exp_labels: { severity: 'warning', namespace: 'lagging' } }] },
    ],
  },
];

/** chorus_region_read_lag_seconds buckets of one gateway: per minute, this many observations at or below each bound. */
function lagBuckets(namespace: string, perMinute: Record<string, number>): { series: string; values: string }[] {
  return Object.entries(perMinute).map(([le, n]) => ({ series: `chorus_region_read_lag_seconds_bucket{namespace="${namespace}",pod="chorus-gateway-0",le="${le}"}`, values: `0+${n}x30` }));
}

/**
 * Series of cluster nodes in one namespace, as the ServiceMonitor labels them: per pod, the values
 * of chorus_membership_healthy and of chorus_ring_members{role="conversation"}; conversation hosts
 * also get up == 1.
 */
function cluster(namespace: string, pods: Record<string, [healthy: string, ringMembers: string]>): { series: string; values: string }[] {
  return Object.entries(pods).flatMap(([pod, [healthy, members]]) => {
    const job = pod.replace(/-\d+$/, '');
    const component = job.replace(/^chorus-/, '');
    const target = `namespace="${namespace}",job="${job}",pod="${pod}",component="${component}"`;
    return [
      { series: `chorus_membership_healthy{${target}}`, values: healthy },
      { series: `chorus_ring_members{${target},role="conversation"}`, values: members },
      ...(component === 'conversation' ? [{ series: `up{${target}}`, values: '1x30' }] : []),
    ];
  });
}

describe('k8s monitoring (prod overlay)', () => {
  let objects: K8sObject[] = [];
  let groups: RuleGroup[] = [];
  let alerts: Rule[] = [];
  let dir = '';
  before(() => {
    objects = render('k8s/overlays/prod');
    groups = byKind<{ spec: { groups: RuleGroup[] } }>(objects, 'PrometheusRule').flatMap((r) => r.spec.groups);
    alerts = groups.flatMap((g) => g.rules).filter((r) => r.alert !== undefined);
    dir = mkdtempSync(join(tmpdir(), 'chorus-k8s-rules-'));
  });
  after(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('has rules that promtool accepts', () => {
    assert.ok(alerts.length >= 8, `${alerts.length} alerts`);
    const file = join(dir, 'rules.yaml');
    writeFileSync(file, stringify({ groups }));
    const r = promtool(['check', 'rules', file]);
    assert.equal(r.status, 0, r.output);
  });

  it('fires its alerts on synthetic series, and only where it should (promtool test rules)', () => {
    // Annotations are templates promtool would compare verbatim: the unit test checks expr, for and labels.
    const bare = groups.map((g) => ({
      ...g,
      rules: g.rules.map((r) => {
        const rule = { ...r };
        delete rule.annotations;
        return rule;
      }),
    }));
    writeFileSync(join(dir, 'bare.yaml'), stringify({ groups: bare }));
    writeFileSync(join(dir, 'tests.yaml'), stringify({ rule_files: ['bare.yaml'], evaluation_interval: '1m', tests: RULE_TESTS }));
    const r = promtool(['test', 'rules', join(dir, 'tests.yaml')]);
    assert.equal(r.status, 0, r.output);
  });

  it('gives every alert a severity, a summary, a description and a runbook in docs/operations.md', () => {
    const docs = readFileSync(join(ROOT, 'docs/operations.md'), 'utf8');
    const headings = new Set([...docs.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!.trim()));
    for (const a of alerts) {
      assert.ok(['warning', 'critical'].includes(a.labels?.['severity'] ?? ''), `${a.alert}: severity`);
      assert.ok(a.annotations?.['summary'], `${a.alert}: summary`);
      assert.ok(a.annotations?.['description'], `${a.alert}: description`);
      assert.equal(a.annotations?.['runbook_url'], `docs/operations.md#${a.alert!.toLowerCase()}`, `${a.alert}: runbook_url`);
      assert.ok(headings.has(a.alert!), `docs/operations.md has a section "${a.alert}"`);
    }
  });

  it('uses only metrics the code defines (or lists as upcoming) in alerts and the dashboard', () => {
    const defined = definedMetrics();
    assert.ok(defined.has('chorus_delivery_latency_seconds'), 'lib/ defines the delivery latency histogram');
    assert.deepEqual(unknownMetrics(alerts.map((a) => a.expr), defined), [], 'alerts');
    const dashboards = byKind<{ data: Record<string, string> }>(objects, 'ConfigMap').filter((c) => c.metadata.labels?.['grafana_dashboard'] === '1');
    assert.equal(dashboards.length, 1, 'one dashboard ConfigMap for the Grafana sidecar');
    const files = Object.values(dashboards[0]!.data);
    assert.equal(files.length, 1);
    const dash = JSON.parse(files[0]!) as { uid: string; panels: { type: string; title: string; targets?: { expr: string }[] }[] };
    assert.equal(dash.uid, 'chorus-overview');
    const panels = dash.panels.filter((p) => p.type !== 'row');
    for (const p of panels) assert.ok((p.targets ?? []).length > 0, `panel ${p.title} has queries`);
    const exprs = panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    assert.deepEqual(unknownMetrics(exprs, defined), [], 'dashboard');
    const shown = [
      'chorus_connections',
      'chorus_delivery_latency_seconds_bucket',
      'chorus_mailbox_oldest_age_seconds',
      'chorus_errors_total',
      'chorus_ring_members',
      'chorus_membership_healthy',
      'chorus_cluster_deliveries_dropped_total',
    ];
    for (const name of shown) {
      assert.ok(exprs.some((e) => e.includes(name)), `the dashboard shows ${name}`);
    }
  });

  it('lists no upcoming metric that lib/ already defines (delete it from test/k8s/upcoming.ts)', () => {
    const defined = definedMetrics();
    assert.deepEqual([...UPCOMING_METRICS].filter((m) => defined.has(m)), []);
  });

  it('attaches no target label that a Chorus metric carries itself (Prometheus would rename it exported_…)', () => {
    const own = metricLabels();
    assert.ok(own.has('role') && own.has('reason'), 'reads the label names of lib/metrics/metrics.ts');
    for (const sm of byKind<{ spec: { endpoints: { relabelings?: { targetLabel?: string }[] }[] } }>(objects, 'ServiceMonitor')) {
      for (const e of sm.spec.endpoints) {
        for (const r of e.relabelings ?? []) {
          assert.ok(r.targetLabel === undefined || !own.has(r.targetLabel), `ServiceMonitor ${sm.metadata.name}: target label ${r.targetLabel} is a Chorus metric label`);
        }
      }
    }
  });

  it('scrapes the Services whose names the alerts use as job', () => {
    const services = byKind(objects, 'Service');
    const scraped = new Set<string>();
    for (const sm of byKind<{ spec: { selector: { matchLabels: Record<string, string> }; endpoints: { port: string }[] } }>(objects, 'ServiceMonitor')) {
      const matched = services.filter((s) => selectorMatches(sm.spec.selector.matchLabels, s.metadata.labels ?? {}));
      assert.ok(matched.length > 0, `ServiceMonitor ${sm.metadata.name} selects Services`);
      for (const s of matched) {
        scraped.add(s.metadata.name);
        const ports = ((s['spec'] as { ports?: { name?: string }[] }).ports ?? []).map((p) => p.name);
        for (const e of sm.spec.endpoints) assert.ok(ports.includes(e.port), `${s.metadata.name} has port ${e.port}`);
      }
    }
    assert.ok(!scraped.has('chorus'), 'the client Service is not scraped (gateways would be scraped twice)');
    for (const a of alerts) {
      for (const m of a.expr.matchAll(/job=~?"([^"]+)"/g)) {
        for (const job of m[1]!.split('|')) assert.ok(scraped.has(job), `${a.alert}: job ${job} is a scraped Service`);
      }
    }
  });
});
