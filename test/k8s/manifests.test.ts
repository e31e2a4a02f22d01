/**
 * The Kubernetes manifests (k8s/): both overlays are rendered with kustomize, every object is
 * validated against its schema offline, and the invariants that keep a rollout safe are checked:
 * probes, the drain hook against the grace period, selectors, ports and the cluster identity
 * (node id, gRPC address) against the configuration the binary would load, environment names
 * against cmd/config.ts's OPTIONS, resources and security. Overlay-specific shapes are in
 * overlays.test.ts, alerts and the dashboard in monitoring.test.ts.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import { type ChorusConfig, loadConfig, loadMigrateConfig, OPTIONS } from '../../cmd/config.js';
import { ScyllaConnectionDefaults } from '../../lib/storage/scylla_session.js';
import { asRecord, isOptionEnv, resolveEnv } from './env.js';
import { parseQuantity } from './quantity.js';
import { byKind, id, isChorus, type K8sObject, podOwners, type PodTemplateOwner, render, selectorMatches } from './render.js';
import { validateObject } from './schemas.js';
import { OTHER_ENV, UPCOMING_ENV } from './upcoming.js';

export const OVERLAYS = { dev: 'chorus-dev', prod: 'chorus', 'region-eu-west': 'chorus', 'region-us-east': 'chorus' } as const;

/** Seconds a drain may take after SIGTERM beyond its parts counted below (etcd revoke, gRPC stop). */
const DRAIN_MARGIN_S = 5;
/** A node on its own (no etcd) waits this long for queued group commits on SIGTERM (cmd/node.ts). */
const LOCAL_DRAIN_S = 5;

type Selector = { matchLabels?: Record<string, string> };
type Spec = Record<string, unknown>;
const spec = (o: K8sObject): Spec => (o['spec'] as Spec | undefined) ?? {};

function probePort(c: IContainer, p: IProbe | undefined): number | undefined {
  const port = p?.httpGet?.port ?? p?.tcpSocket?.port ?? p?.grpc?.port;
  if (typeof port === 'number') return port;
  return c.ports?.find((x) => x.name === port)?.containerPort;
}

/** The seconds a preStop hook sleeps, or undefined when it has none that sleeps. */
export function preStopSleep(c: IContainer): number | undefined {
  const hook = c.lifecycle?.preStop;
  if (hook?.sleep !== undefined) return hook.sleep.seconds;
  const cmd = hook?.exec?.command ?? [];
  const text = cmd[0] === 'sleep' || cmd[0] === '/bin/sleep' ? cmd.slice(1).join(' ') : (/\bsleep\s+(\d+)/.exec(cmd.join(' '))?.[1] ?? '');
  return /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}

const namedPort = (c: IContainer, name: string): number | undefined => c.ports?.find((p) => p.name === name)?.containerPort;

interface Server {
  owner: PodTemplateOwner;
  container: IContainer;
  config: ChorusConfig;
  at: string;
}

/** Every long-running `chorus serve` container, with the configuration the binary would load. */
function serveContainers(objects: readonly K8sObject[]): Server[] {
  const out: Server[] = [];
  for (const owner of podOwners(objects).filter((w) => w.longRunning)) {
    for (const container of owner.spec.containers.filter(isChorus)) {
      const [command = 'serve', ...argv] = container.args ?? [];
      if (command !== 'serve') continue;
      const config = loadConfig(argv, asRecord(resolveEnv(owner.object, container, objects)));
      out.push({ owner, container, config, at: `${id(owner.object)} container ${container.name}` });
    }
  }
  return out;
}

describe('k8s: upcoming variables', () => {
  it('lists no variable that is already an option (move it to OPTIONS only)', () => {
    const both = [...UPCOMING_ENV.keys()].filter((n) => OPTIONS.some((o) => o.env === n));
    assert.deepEqual(both, [], `now in OPTIONS, delete from test/k8s/upcoming.ts: ${both.join(', ')}`);
  });

  it('lists as other variables only names that are not options', () => {
    const both = [...OTHER_ENV].filter((n) => OPTIONS.some((o) => o.env === n));
    assert.deepEqual(both, [], `options, delete from OTHER_ENV in test/k8s/upcoming.ts: ${both.join(', ')}`);
  });
});

for (const [overlay, namespace] of Object.entries(OVERLAYS)) {
  describe(`k8s/overlays/${overlay}`, () => {
    let objects: K8sObject[] = [];
    before(() => {
      objects = render(`k8s/overlays/${overlay}`);
    });

    it('renders distinct objects, all in its namespace', () => {
      assert.ok(objects.length > 5, `rendered ${objects.length} objects`);
      const ids = objects.map(id);
      assert.deepEqual(ids.filter((x, i) => ids.indexOf(x) !== i), [], 'duplicate objects');
      for (const o of objects) {
        if (o.kind === 'Namespace') assert.equal(o.metadata.name, namespace);
        else assert.equal(o.metadata.namespace, namespace, `${id(o)} namespace`);
      }
      assert.equal(byKind(objects, 'Namespace').length, 1, 'the overlay creates its namespace');
    });

    it('validates every object against its Kubernetes schema', () => {
      const problems: string[] = [];
      for (const o of objects) {
        try {
          validateObject(o);
        } catch (err) {
          problems.push(err instanceof Error ? err.message : String(err));
        }
      }
      assert.deepEqual(problems, []);
    });

    it('gives every long-running container liveness and readiness probes on declared ports', () => {
      for (const w of podOwners(objects).filter((x) => x.longRunning)) {
        for (const c of w.spec.containers) {
          const at = `${id(w.object)} container ${c.name}`;
          assert.ok(c.livenessProbe, `${at}: livenessProbe`);
          assert.ok(c.readinessProbe, `${at}: readinessProbe`);
          for (const p of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
            if (p !== undefined) assert.ok(probePort(c, p) !== undefined, `${at}: probe port ${JSON.stringify(p.httpGet?.port)} is a declared containerPort`);
          }
        }
      }
    });

    it('runs Chorus with a configuration the binary accepts, listening where the pod says', () => {
      let servers = 0;
      for (const w of podOwners(objects)) {
        for (const c of w.spec.containers.filter(isChorus)) {
          const at = `${id(w.object)} container ${c.name}`;
          const env = resolveEnv(w.object, c, objects);
          assert.deepEqual(env.problems, [], at);
          const [command = 'serve', ...argv] = c.args ?? [];
          if (command === 'migrate') {
            assert.doesNotThrow(() => loadMigrateConfig(argv, asRecord(env)), `${at}: chorus migrate accepts its environment`);
            continue;
          }
          assert.equal(command, 'serve', `${at}: args`);
          servers++;
          const config = loadConfig(argv, asRecord(env));
          assert.ok(['0.0.0.0', '::'].includes(config.host), `${at}: CHORUS_HOST must be 0.0.0.0 or ::, is ${config.host}`);
          assert.equal(namedPort(c, 'admin'), config.adminPort, `${at}: containerPort admin = CHORUS_ADMIN_PORT`);
          assert.equal(namedPort(c, 'grpc'), config.cluster.grpcPort, `${at}: containerPort grpc = CHORUS_GRPC_PORT`);
          if (config.cluster.roles.includes('gateway')) assert.equal(namedPort(c, 'client'), config.port, `${at}: containerPort client = CHORUS_PORT`);
          else assert.ok(namedPort(c, 'client') === undefined || namedPort(c, 'client') === config.port, `${at}: client port`);
          assert.equal(c.readinessProbe?.httpGet?.path, '/readyz', `${at}: readiness on /readyz`);
          assert.equal(c.livenessProbe?.httpGet?.path, '/healthz', `${at}: liveness on /healthz`);
          for (const p of [c.readinessProbe, c.livenessProbe, c.startupProbe]) {
            if (p !== undefined) assert.equal(probePort(c, p), config.adminPort, `${at}: probes on the admin port`);
          }
        }
      }
      assert.ok(servers > 0, 'at least one Chorus server container');
    });

    it('sets only CHORUS_* variables that are options or documented upcoming ones', () => {
      for (const w of podOwners(objects)) {
        for (const c of w.spec.containers.filter(isChorus)) {
          for (const name of resolveEnv(w.object, c, objects).names) {
            if (OTHER_ENV.has(name)) continue;
            assert.ok(isOptionEnv(name) || UPCOMING_ENV.has(name), `${id(w.object)}: ${name} is not in OPTIONS (cmd/config.ts) nor in test/k8s/upcoming.ts`);
          }
        }
      }
    });

    it('drains before stopping: preStop sleep + drain + store shutdown < terminationGracePeriodSeconds', () => {
      for (const { owner, container, config, at } of serveContainers(objects)) {
        const sleep = preStopSleep(container);
        assert.ok(sleep !== undefined && sleep > 0, `${at}: a preStop hook that sleeps`);
        // A cluster node hands off for up to CHORUS_DRAIN_GRACE_MS; one on its own waits for its commits.
        const drain = config.cluster.etcd !== null ? Math.ceil(config.cluster.drainGraceMs / 1000) : LOCAL_DRAIN_S;
        // Then the store closes, after the requests in flight: the longest deadline bounds them.
        const deadlines = [config.limits.requestTimeoutMs];
        if (config.store.kind === 'scylla') deadlines.push(config.store.scylla.requestTimeoutMs ?? ScyllaConnectionDefaults.requestTimeoutMs);
        const store = Math.ceil(Math.max(...deadlines) / 1000);
        const budget = sleep + drain + store + DRAIN_MARGIN_S;
        const grace = owner.spec.terminationGracePeriodSeconds ?? 30;
        assert.ok(grace > budget, `${at}: grace ${grace}s must exceed preStop ${sleep}s + drain ${drain}s + store ${store}s + ${DRAIN_MARGIN_S}s`);
      }
    });

    it('names each node after its pod and advertises its stable name under the headless Service', () => {
      for (const { owner, container, config, at } of serveContainers(objects)) {
        // The stand-in pod name (env.ts): the StatefulSet's name and an ordinal.
        const pod = `${owner.object.metadata.name}-0`;
        assert.equal(config.cluster.nodeId, pod, `${at}: CHORUS_NODE_ID is the pod name`);
        assert.equal(owner.object.kind, 'StatefulSet', `${at}: pod names (node ids) survive restarts`);
        const serviceName = spec(owner.object)['serviceName'] as string;
        const svc = objects.find((o) => o.kind === 'Service' && o.metadata.name === serviceName && o.metadata.namespace === owner.object.metadata.namespace);
        assert.ok(svc, `${at}: governing Service ${serviceName}`);
        const expected = `${pod}.${serviceName}.${owner.object.metadata.namespace}.svc:${config.cluster.grpcPort}`;
        assert.equal(config.cluster.grpcAdvertise, expected, `${at}: CHORUS_GRPC_ADVERTISE`);
        // Peers dial a node while it joins and while it drains: both are times /readyz fails.
        assert.equal(spec(svc!)['publishNotReadyAddresses'], true, `${at}: ${serviceName} publishes not-ready pods`);
        const ports = (spec(svc!)['ports'] as { port: number; targetPort?: string | number }[]) ?? [];
        assert.ok(
          ports.some((p) => p.targetPort === 'grpc' || p.targetPort === namedPort(container, 'grpc')),
          `${at}: ${serviceName} exposes the grpc port`,
        );
      }
    });

    it('sets requests and limits on every container; Chorus memory is guaranteed (request = limit)', () => {
      for (const w of podOwners(objects)) {
        for (const c of [...(w.spec.initContainers ?? []), ...w.spec.containers]) {
          const at = `${id(w.object)} container ${c.name}`;
          const { requests = {}, limits = {} } = c.resources ?? {};
          for (const r of ['cpu', 'memory']) {
            assert.ok(requests[r] !== undefined, `${at}: requests.${r}`);
            assert.ok(limits[r] !== undefined, `${at}: limits.${r}`);
            assert.ok(parseQuantity(limits[r]!) >= parseQuantity(requests[r]!), `${at}: limits.${r} >= requests.${r}`);
          }
          if (isChorus(c) && w.longRunning) assert.equal(parseQuantity(limits['memory']!), parseQuantity(requests['memory']!), `${at}: memory request = limit`);
        }
      }
    });

    it('runs every pod as non-root with a locked-down security context and pinned images', () => {
      for (const w of podOwners(objects)) {
        const pod = w.spec.securityContext;
        const at = id(w.object);
        assert.equal(pod?.runAsNonRoot, true, `${at}: runAsNonRoot`);
        assert.ok((pod?.runAsUser ?? 0) > 0, `${at}: runAsUser is not root`);
        assert.equal(pod?.seccompProfile?.type, 'RuntimeDefault', `${at}: seccomp`);
        assert.equal(w.spec.automountServiceAccountToken, false, `${at}: no API token mounted`);
        assert.equal(w.spec.enableServiceLinks, false, `${at}: enableServiceLinks false (Service links would inject CHORUS_*-like variables)`);
        for (const c of [...(w.spec.initContainers ?? []), ...w.spec.containers]) {
          const sc = c.securityContext;
          assert.equal(sc?.allowPrivilegeEscalation, false, `${at} ${c.name}: allowPrivilegeEscalation`);
          assert.equal(sc?.readOnlyRootFilesystem, true, `${at} ${c.name}: readOnlyRootFilesystem`);
          assert.deepEqual(sc?.capabilities?.drop, ['ALL'], `${at} ${c.name}: drop all capabilities`);
          assert.match(c.image ?? '', /^[^@]+:(?!latest$)[\w.-]+$|@sha256:/, `${at} ${c.name}: image ${c.image} has a pinned tag`);
        }
      }
    });

    it('matches selectors: StatefulSets, Services, PDBs, spread constraints, affinities, HPA', () => {
      const owners = podOwners(objects);
      const ns = (o: K8sObject) => owners.filter((w) => w.object.metadata.namespace === o.metadata.namespace);
      for (const w of owners.filter((x) => x.object.kind === 'StatefulSet')) {
        const s = spec(w.object);
        const at = id(w.object);
        assert.ok(selectorMatches((s['selector'] as Selector).matchLabels, w.labels), `${at}: selector matches its pod labels`);
        const governing = objects.find((o) => o.kind === 'Service' && o.metadata.name === s['serviceName']);
        assert.ok(governing, `${at}: serviceName ${String(s['serviceName'])} exists`);
        assert.equal(spec(governing!)['clusterIP'], 'None', `${at}: its governing Service is headless`);
        assert.ok(selectorMatches(spec(governing!)['selector'] as Record<string, string>, w.labels), `${at}: its headless Service selects its pods`);
        const spread = w.spec.topologySpreadConstraints ?? [];
        const keys = spread.map((t) => t.topologyKey);
        assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], `${at}: one spread constraint per topology key`);
        assert.ok(keys.includes('topology.kubernetes.io/zone'), `${at}: spread across zones`);
        for (const t of spread) assert.ok(selectorMatches(t.labelSelector?.matchLabels, w.labels), `${at}: spread selector on ${t.topologyKey} matches its pods`);
        for (const term of w.spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
          assert.ok(selectorMatches(term.podAffinityTerm.labelSelector?.matchLabels, w.labels), `${at}: anti-affinity selector matches its pods`);
        }
      }
      for (const svc of byKind(objects, 'Service')) {
        const sel = spec(svc)['selector'] as Record<string, string> | undefined;
        const matched = ns(svc).filter((w) => w.longRunning && selectorMatches(sel, w.labels));
        assert.ok(matched.length > 0, `${id(svc)}: selector matches pods`);
        for (const p of (spec(svc)['ports'] as { name?: string; port: number; targetPort?: string | number }[]) ?? []) {
          const target = p.targetPort ?? p.port;
          for (const w of matched) {
            const found = w.spec.containers.some((c) => c.ports?.some((cp) => (typeof target === 'number' ? cp.containerPort === target : cp.name === target)));
            assert.ok(found, `${id(svc)} port ${p.name}: targetPort ${target} is a containerPort of ${id(w.object)}`);
          }
        }
      }
      for (const pdb of byKind(objects, 'PodDisruptionBudget')) {
        const sel = (spec(pdb)['selector'] as Selector).matchLabels;
        const matched = ns(pdb).filter((w) => w.longRunning && selectorMatches(sel, w.labels));
        assert.equal(matched.length, 1, `${id(pdb)}: selects the pods of exactly one workload`);
        const m = spec(pdb);
        assert.ok((m['maxUnavailable'] === undefined) !== (m['minAvailable'] === undefined), `${id(pdb)}: one of maxUnavailable, minAvailable`);
      }
      for (const hpa of byKind(objects, 'HorizontalPodAutoscaler')) {
        const ref = spec(hpa)['scaleTargetRef'] as { kind: string; name: string };
        const target = objects.find((o) => o.kind === ref.kind && o.metadata.name === ref.name);
        assert.ok(target, `${id(hpa)}: target ${ref.kind}/${ref.name} exists`);
        assert.equal(spec(target!)['replicas'], undefined, `${id(hpa)}: ${ref.name} leaves replicas to the HPA (apply would reset them)`);
        assert.ok((spec(hpa)['minReplicas'] as number) <= (spec(hpa)['maxReplicas'] as number), `${id(hpa)}: min <= max`);
      }
    });
  });
}
