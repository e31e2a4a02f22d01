/**
 * The two region overlays (k8s/overlays/region-*): each is a whole prod cluster for its region, and
 * together they must agree: each names the other's entry point, its data centre is its
 * ScyllaCluster's, the keyspace map and the durability and lease settings are the same in both,
 * both regions' nodes trust one cluster CA, and the entry Service reaches the gateways'
 * gRPC port. The generic checks (schemas, config accepted by the binary) run in manifests.test.ts.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadConfig, parseReplication } from '../../cmd/config.js';
import { asRecord, resolveEnv, type ResolvedEnv } from './env.js';
import { byKind, isChorus, type K8sObject, one, podOwners, render, selectorMatches } from './render.js';

type Dict = Record<string, unknown>;
const spec = (o: K8sObject): Dict => (o['spec'] as Dict | undefined) ?? {};
const REGIONS = ['eu-west', 'us-east'] as const;

interface Region {
  name: string;
  objects: K8sObject[];
  /** Every long-running Chorus container's environment. */
  envs: ResolvedEnv[];
}

describe('k8s/overlays/region-*: two regions that fit together', () => {
  const regions: Region[] = [];
  before(() => {
    for (const name of REGIONS) {
      const objects = render(`k8s/overlays/region-${name}`);
      const envs = podOwners(objects)
        .filter((w) => w.longRunning)
        .flatMap((w) => w.spec.containers.filter(isChorus).map((c) => resolveEnv(w.object, c, objects)));
      regions.push({ name, objects, envs });
    }
  });

  it('names its own region and reaches every other one, on the store levels several regions need', () => {
    for (const r of regions) {
      assert.ok(r.envs.length >= 2, `${r.name}: gateways and conversation hosts`);
      for (const env of r.envs) {
        const config = loadConfig([], asRecord(env));
        assert.equal(config.region.name, r.name);
        assert.deepEqual(config.region.peers.map((p) => p.name), REGIONS.filter((n) => n !== r.name));
        assert.equal(env.values.get('CHORUS_SCYLLA_CONSISTENCY'), 'LOCAL_QUORUM');
        assert.equal(env.values.get('CHORUS_SCYLLA_SERIAL_CONSISTENCY'), 'LOCAL_SERIAL');
      }
    }
  });

  it('talks to its own data centre, with the same keyspace map, durability and lease in both regions', () => {
    const shared = (key: string): string[] => [...new Set(regions.flatMap((r) => r.envs.map((e) => e.values.get(key) ?? '')))];
    for (const r of regions) {
      const sc = byKind(r.objects, 'ScyllaCluster');
      assert.equal(sc.length, 1);
      const dc = (spec(sc[0]!)['datacenter'] as { name: string }).name;
      assert.equal(dc, r.name, `${r.name}: the ScyllaCluster's data centre is named after the region`);
      for (const env of r.envs) assert.equal(env.values.get('CHORUS_SCYLLA_LOCAL_DC'), dc);
      assert.ok(((spec(sc[0]!)['externalSeeds'] as string[] | undefined) ?? []).length > 0, `${r.name}: seeds of the other DC`);
    }
    const [map] = shared('CHORUS_SCYLLA_REPLICATION');
    assert.equal(shared('CHORUS_SCYLLA_REPLICATION').length, 1, 'one replication map');
    const replication = parseReplication(map!);
    assert.ok(replication.class === 'NetworkTopologyStrategy', replication.class);
    assert.deepEqual(Object.keys(replication.dcs).sort(), [...REGIONS], 'a replica set in each region’s DC');
    assert.deepEqual(shared('CHORUS_DURABILITY').length, 1, 'one durability mode');
    assert.deepEqual(shared('CHORUS_REGION_LEASE_MS').length, 1, 'one region lease period');
  });

  it('issues node certificates from one cluster CA: only the first region makes it', () => {
    const made = regions.map((r) => byKind(r.objects, 'Certificate').filter((c) => spec(c)['isCA'] === true).length);
    assert.deepEqual(made, [1, 0]);
    for (const r of regions) assert.equal(byKind(r.objects, 'Issuer').filter((i) => i.metadata.name === 'chorus-cluster-ca').length, 1, r.name);
  });

  it('exposes the gateways’ gRPC port as the region’s entry point (a forwarded call is routed on as a gateway does)', () => {
    for (const r of regions) {
      const entry = one(r.objects, 'Service', 'chorus-region-entry');
      const s = spec(entry) as { type: string; selector: Record<string, string>; ports: { port: number; targetPort: string }[] };
      assert.equal(s.type, 'LoadBalancer');
      const labels = (o: K8sObject): Record<string, string> => ((spec(o)['template'] as { metadata?: { labels?: Record<string, string> } }).metadata?.labels ?? {});
      const targets = podOwners(r.objects).filter((w) => w.longRunning && selectorMatches(s.selector, labels(w.object)));
      assert.deepEqual(targets.map((w) => w.object.metadata.name), ['chorus-gateway']);
      const grpc = targets[0]!.spec.containers.find(isChorus)!.ports?.find((p) => p.name === s.ports[0]!.targetPort);
      assert.ok(grpc, 'the target port is a named container port');
      const other = regions.find((o) => o.name !== r.name)!;
      const dialled = loadConfig([], asRecord(other.envs[0]!)).region.peers[0]!.endpoint;
      assert.ok(dialled.endsWith(`:${s.ports[0]!.port}`), `${other.name} dials ${dialled}, the Service listens on ${s.ports[0]!.port}`);
    }
  });
});
