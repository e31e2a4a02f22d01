/**
 * What distinguishes the overlays (dev: one SQLite node with every role, on its own; prod: the
 * cluster on ScyllaDB), how the objects of prod fit together (ScyllaCluster and the store
 * settings, etcd and its endpoints, the roles and the ring's settle time against the rollout, the
 * HPA and the gateways' memory), and the Dockerfile against the manifests. The Dockerfile cannot
 * be built here (no Docker engine); it is checked by reading.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { OPTIONS, parseContactPoints, parseReplication } from '../../cmd/config.js';
import { effective, resolveEnv, type ResolvedEnv } from './env.js';
import { KiB, MiB, parseQuantity } from './quantity.js';
import { byKind, isChorus, type K8sObject, one, podOwners, type PodTemplateOwner, render, ROOT } from './render.js';
import { rackZones } from './schemas.js';

type Dict = Record<string, unknown>;
const spec = (o: K8sObject): Dict => (o['spec'] as Dict | undefined) ?? {};

/** Sizing rule (docs/operations.md, "Sizing"): base RSS plus this much per connection. */
const BASE_RSS = 150 * MiB;
const PER_CONNECTION = 2 * KiB;

interface ChorusServer {
  owner: PodTemplateOwner;
  container: IContainer;
  env: ResolvedEnv;
}

function servers(objects: readonly K8sObject[]): ChorusServer[] {
  const out: ChorusServer[] = [];
  for (const owner of podOwners(objects).filter((w) => w.longRunning)) {
    for (const container of owner.spec.containers.filter(isChorus)) out.push({ owner, container, env: resolveEnv(owner.object, container, objects) });
  }
  return out;
}

describe('k8s/overlays/dev: one node, every role, SQLite, no cluster', () => {
  let objects: K8sObject[] = [];
  before(() => {
    objects = render('k8s/overlays/dev');
  });

  it('runs a single Chorus pod with both roles on SQLite', () => {
    const all = servers(objects);
    assert.equal(all.length, 1, 'one Chorus StatefulSet');
    const [s] = all;
    assert.equal(spec(s!.owner.object)['replicas'], 1);
    assert.deepEqual(effective(s!.env, 'CHORUS_ROLES').split(',').sort(), ['conversation', 'gateway']);
    assert.equal(effective(s!.env, 'CHORUS_STORE'), 'sqlite');
    assert.equal(s!.env.values.get('CHORUS_ETCD_ENDPOINTS'), undefined, 'static membership');
  });

  it('keeps the SQLite data dir on a PersistentVolumeClaim', () => {
    const [s] = servers(objects);
    const dataDir = effective(s!.env, 'CHORUS_DATA_DIR');
    const mount = s!.container.volumeMounts?.find((m) => m.mountPath === dataDir);
    assert.ok(mount, `a volume is mounted at ${dataDir}`);
    const claims = (spec(s!.owner.object)['volumeClaimTemplates'] as { metadata: { name: string } }[] | undefined) ?? [];
    assert.ok(claims.some((c) => c.metadata.name === mount!.name), `${mount!.name} is a volumeClaimTemplate`);
    assert.ok(!(s!.owner.spec.volumes ?? []).some((v) => v.name === mount!.name), `no pod volume shadows the claim ${mount!.name}`);
  });

  it('needs no operators: no ScyllaCluster, HPA, Prometheus Operator objects or etcd', () => {
    for (const kind of ['ScyllaCluster', 'HorizontalPodAutoscaler', 'ServiceMonitor', 'PrometheusRule', 'Job']) {
      assert.deepEqual(byKind(objects, kind).map((o) => o.metadata.name), [], kind);
    }
    assert.equal(podOwners(objects).length, 1);
  });

  it('ships its own (public, dev-only) JWT secret', () => {
    assert.equal(byKind(objects, 'Secret').filter((s) => s.metadata.name.startsWith('chorus-secrets')).length, 1);
  });
});

describe('k8s/overlays/prod: the cluster on ScyllaDB', () => {
  let objects: K8sObject[] = [];
  let all: ChorusServer[] = [];
  const role = (r: string): ChorusServer => {
    const found = all.filter((s) => effective(s.env, 'CHORUS_ROLES') === r);
    assert.equal(found.length, 1, `one StatefulSet with CHORUS_ROLES=${r}`);
    return found[0]!;
  };
  before(() => {
    objects = render('k8s/overlays/prod');
    all = servers(objects);
  });

  it('splits the roles: gateways (3+ through the HPA) and conversation hosts (3+, one at a time)', () => {
    const gw = role('gateway');
    const conv = role('conversation');
    const hpa = byKind(objects, 'HorizontalPodAutoscaler');
    assert.equal(hpa.length, 1);
    assert.equal((spec(hpa[0]!)['scaleTargetRef'] as Dict)['name'], gw.owner.object.metadata.name);
    assert.ok((spec(hpa[0]!)['minReplicas'] as number) >= 3, 'HPA minReplicas >= 3');
    assert.ok((spec(conv.owner.object)['replicas'] as number) >= 3, 'conversation replicas >= 3');
    assert.equal(spec(conv.owner.object)['podManagementPolicy'], 'OrderedReady');
    assert.equal(spec(one(objects, 'Service', 'chorus'))['type'], 'LoadBalancer');
    assert.equal(spec(one(objects, 'Service', 'chorus'))['sessionAffinity'], 'None');
  });

  it('spreads every StatefulSet across zones as a hard rule', () => {
    for (const w of podOwners(objects).filter((x) => x.object.kind === 'StatefulSet')) {
      const zone = w.spec.topologySpreadConstraints?.find((t) => t.topologyKey === 'topology.kubernetes.io/zone');
      assert.equal(zone?.whenUnsatisfiable, 'DoNotSchedule', w.object.metadata.name);
    }
  });

  it('sizes gateway memory for the HPA target with room for a lost peer’s clients', () => {
    const gw = role('gateway');
    const hpa = byKind(objects, 'HorizontalPodAutoscaler')[0]!;
    const metrics = spec(hpa)['metrics'] as { type: string; pods?: { metric: { name: string }; target: { averageValue: string } } }[];
    const conn = metrics.find((m) => m.type === 'Pods' && m.pods?.metric.name === 'chorus_connections');
    assert.ok(conn, 'the HPA scales on chorus_connections');
    const metricsSource = readFileSync(join(ROOT, 'lib/metrics/metrics.ts'), 'utf8');
    assert.ok(metricsSource.includes("'chorus_connections'"), 'lib/metrics/metrics.ts defines chorus_connections');
    const target = parseQuantity(conn!.pods!.target.averageValue);
    const limit = parseQuantity(gw.container.resources?.limits?.['memory'] ?? '0');
    assert.ok(limit >= BASE_RSS + 2 * target * PER_CONNECTION, `memory limit ${limit / MiB} MiB holds twice the target of ${target} connections`);
  });

  it('points the store at the ScyllaCluster: contact points, data centre, replication per rack', () => {
    const scylla = byKind(objects, 'ScyllaCluster');
    assert.equal(scylla.length, 1);
    const sc = scylla[0]!;
    const dc = (spec(sc)['datacenter'] as { name: string; racks: unknown[] });
    const zones = dc.racks.map(rackZones);
    assert.ok(dc.racks.length >= 3, 'three racks or more');
    for (const z of zones) assert.equal(z.length, 1, 'each rack is pinned to one zone');
    assert.equal(new Set(zones.flat()).size, dc.racks.length, 'racks are in distinct zones');
    for (const s of all) {
      assert.equal(effective(s.env, 'CHORUS_STORE'), 'scylla', s.owner.object.metadata.name);
      assert.equal(effective(s.env, 'CHORUS_SCYLLA_LOCAL_DC'), dc.name);
      assert.equal(effective(s.env, 'CHORUS_SCYLLA_CONSISTENCY'), 'LOCAL_QUORUM');
      for (const cp of parseContactPoints(effective(s.env, 'CHORUS_SCYLLA_CONTACT_POINTS'))) {
        assert.equal(cp.replace(/:\d+$/, ''), `${sc.metadata.name}-client`, 'the operator’s client Service');
      }
    }
    const job = one(objects, 'Job', 'chorus-migrate');
    const [owner] = podOwners([job]);
    const migrate = owner!.spec.containers[0]!;
    const env = resolveEnv(job, migrate, objects);
    const replication = parseReplication(effective(env, 'CHORUS_SCYLLA_REPLICATION'));
    assert.equal(replication.class, 'NetworkTopologyStrategy');
    const rf = replication.class === 'NetworkTopologyStrategy' ? replication.dcs[dc.name] : undefined;
    assert.equal(rf, 3, `replication factor 3 in ${dc.name}`);
    assert.ok(rf! <= dc.racks.length, 'no more replicas than racks');
    assert.ok(all.every((s) => s.container.image === migrate.image), 'the migrate Job runs the servers’ image');
  });

  it('lets each ring change settle before the next conversation host is touched', () => {
    const conv = role('conversation');
    const s = spec(conv.owner.object);
    assert.equal(s['podManagementPolicy'], 'OrderedReady');
    // The next pod is started or stopped minReadySeconds after this one turned ready.
    const settleMs = Number(effective(conv.env, 'CHORUS_RING_SETTLE_MS'));
    assert.ok((s['minReadySeconds'] as number) * 1000 >= settleMs, `minReadySeconds ${String(s['minReadySeconds'])} s covers CHORUS_RING_SETTLE_MS ${settleMs} ms`);
  });

  it('makes every Chorus pod a cluster node of one membership', () => {
    const prefixes = new Set(all.map((s) => effective(s.env, 'CHORUS_ETCD_PREFIX')));
    assert.equal(prefixes.size, 1, 'one etcd prefix: one cluster');
    for (const s of all) assert.notEqual(effective(s.env, 'CHORUS_ETCD_ENDPOINTS'), '', `${s.owner.object.metadata.name}: CHORUS_ETCD_ENDPOINTS`);
  });

  it('runs etcd as a static three-member cluster that the nodes list in full', () => {
    const etcd = one(objects, 'StatefulSet', 'chorus-etcd');
    const s = spec(etcd);
    const replicas = s['replicas'] as number;
    assert.ok(replicas >= 3 && replicas % 2 === 1, 'an odd number of members, 3 or more');
    assert.equal(s['podManagementPolicy'], 'Parallel', 'members start together or the first quorum never forms');
    const svc = one(objects, 'Service', s['serviceName'] as string);
    assert.equal(spec(svc)['publishNotReadyAddresses'], true);
    const names = Array.from({ length: replicas }, (_, i) => `${etcd.metadata.name}-${i}`);
    const [owner] = podOwners([etcd]);
    const args = owner!.spec.containers[0]!.args ?? [];
    const initial = args.find((a) => a.startsWith('--initial-cluster='))!.slice('--initial-cluster='.length).split(',');
    assert.deepEqual(initial.map((m) => m.split('=')[0]), names, '--initial-cluster names every member');
    for (const sv of all) {
      const endpoints = effective(sv.env, 'CHORUS_ETCD_ENDPOINTS').split(',').map((e) => new URL(e));
      assert.deepEqual(endpoints.map((u) => u.hostname), names.map((n) => `${n}.${svc.metadata.name}`), 'every member, by its stable name');
      assert.ok(endpoints.every((u) => u.port === '2379'));
    }
  });

  it('gives every node mTLS: a certificate for its node id from the cluster CA, and only the CA’s public certificate', () => {
    const issuers = byKind(objects, 'Issuer').map((x) => x.metadata.name);
    assert.ok(issuers.includes('chorus-cluster-ca'), 'the CA Issuer');
    for (const sv of servers(objects)) {
      const name = sv.owner.object.metadata.name;
      const nodeId = sv.container.env?.find((e) => e.name === 'CHORUS_NODE_ID');
      assert.equal(nodeId?.valueFrom?.fieldRef?.fieldPath, 'metadata.name', `${name}: the node id is the pod name`);
      const volumes = sv.owner.spec.volumes ?? [];
      const mountOf = (file: string): string | undefined => sv.container.volumeMounts?.find((m) => file.startsWith(`${m.mountPath}/`))?.name;
      const ca = volumes.find((v) => v.name === mountOf(effective(sv.env, 'CHORUS_CLUSTER_CA_FILE')));
      const cert = volumes.find((v) => v.name === mountOf(effective(sv.env, 'CHORUS_CLUSTER_CERT_FILE')));
      assert.equal(mountOf(effective(sv.env, 'CHORUS_CLUSTER_KEY_FILE')), cert?.name, `${name}: key and certificate come from one volume`);
      const attrs = cert?.csi?.volumeAttributes ?? {};
      assert.equal(cert?.csi?.driver, 'csi.cert-manager.io', `${name}: a per-pod certificate`);
      assert.equal(attrs['csi.cert-manager.io/uri-sans'], 'chorus://node/${POD_NAME}', `${name}: the identity the transport checks`);
      assert.equal(attrs['csi.cert-manager.io/issuer-name'], 'chorus-cluster-ca');
      assert.deepEqual(ca?.secret?.items?.map((i) => i.key), ['ca.crt'], `${name}: never the CA's private key`);
      assert.notEqual(effective(sv.env, 'CHORUS_CLUSTER_INSECURE'), 'true');
    }
  });

  it('gives every node the OpenSearch credentials from the chorus-opensearch Secret, the password as a file', () => {
    for (const sv of servers(objects)) {
      const name = sv.owner.object.metadata.name;
      assert.equal(sv.container.env?.find((e) => e.name === 'CHORUS_OPENSEARCH_USERNAME')?.valueFrom?.secretKeyRef?.name, 'chorus-opensearch', name);
      const file = effective(sv.env, 'CHORUS_OPENSEARCH_PASSWORD_FILE');
      const mount = sv.container.volumeMounts?.find((m) => file.startsWith(`${m.mountPath}/`));
      assert.equal(sv.owner.spec.volumes?.find((v) => v.name === mount?.name)?.secret?.secretName, 'chorus-opensearch', `${name}: ${file} comes from the Secret`);
      assert.equal(mount?.readOnly, true);
    }
  });

  it('keeps the JWT secret out of the manifests', () => {
    assert.deepEqual(byKind(objects, 'Secret').map((x) => x.metadata.name), []);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const instructions = dockerfile.split('\n').filter((l) => /^[A-Z]+\s/.test(l));
  const def = (env: string): string => OPTIONS.find((o) => o.env === env)!.def;

  it('builds on node:20-bookworm with a compiler and runs on node:20-bookworm-slim', () => {
    assert.match(dockerfile, /^ARG NODE_VERSION=20$/m);
    assert.match(dockerfile, /^FROM node:\$\{NODE_VERSION\}-bookworm AS build$/m);
    assert.match(dockerfile, /^FROM node:\$\{NODE_VERSION\}-bookworm-slim AS runtime$/m);
    assert.match(dockerfile, /python3 make g\+\+/);
    assert.match(dockerfile, /npm ci/);
    assert.match(dockerfile, /npm run build && npm prune --omit=dev/);
  });

  it('copies only dist/, node_modules and package.json into the runtime', () => {
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    const copies = runtime.split('\n').filter((l) => l.startsWith('COPY'));
    assert.deepEqual(copies.map((l) => l.split(/\s+/).at(-1)).sort(), ['./dist', './node_modules', './package.json']);
  });

  it('runs as the non-root user the pods expect, on the ports the config defaults to', () => {
    const user = instructions.filter((l) => l.startsWith('USER ')).at(-1);
    assert.equal(user, 'USER 10001:10001');
    for (const name of ['dev', 'prod']) {
      for (const w of podOwners(render(`k8s/overlays/${name}`)).filter((x) => x.spec.containers.some(isChorus))) {
        assert.equal(w.spec.securityContext?.runAsUser, 10001, `${name} ${w.object.metadata.name}: runAsUser`);
        assert.equal(w.spec.securityContext?.runAsGroup, 10001, `${name} ${w.object.metadata.name}: runAsGroup`);
      }
    }
    const exposed = instructions.find((l) => l.startsWith('EXPOSE '))!.split(/\s+/).slice(1);
    for (const env of ['CHORUS_PORT', 'CHORUS_ADMIN_PORT', 'CHORUS_GRPC_PORT']) assert.ok(exposed.includes(def(env)), `EXPOSE ${def(env)} (${env})`);
  });

  it('starts the package’s bin and keeps the host’s node_modules out of the context', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.ok(instructions.includes(`ENTRYPOINT ["node", "${pkg.bin['chorus']}"]`));
    const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', 'dist', '.git']) assert.ok(ignore.includes(entry), `.dockerignore: ${entry}`);
  });
});
