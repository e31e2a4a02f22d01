/**
 * Names the manifests use before the binary knows them (docs/operations.md, "Upcoming settings").
 * The cluster integration (docs/cluster.md, "Integration plan") adds flags for these; when one
 * lands in `OPTIONS` (cmd/config.ts), delete it here: the test then checks its value like any other
 * option's, and fails while it is listed in both places.
 */

/** Cluster environment variables, with the value the pods may rely on when none is set. */
export const UPCOMING_ENV: ReadonlyMap<string, { def: string; help: string }> = new Map([
  ['CHORUS_ROLES', { def: 'gateway,conversation', help: 'roles of this node: gateway, conversation or both (per StatefulSet)' }],
  ['CHORUS_NODE_ID', { def: '', help: 'node id in the cluster membership: the pod name (downward API)' }],
  ['CHORUS_ZONE', { def: '', help: 'failure domain: the pod’s topology.kubernetes.io/zone label (downward API), may be empty' }],
  ['CHORUS_ETCD_ENDPOINTS', { def: '', help: 'comma-separated etcd URLs; none means static single-node membership' }],
  ['CHORUS_GRPC_PORT', { def: '7070', help: 'node-to-node gRPC port (containerPort grpc)' }],
]);

/** Metrics the alerts and the dashboard use before lib/metrics/metrics.ts defines them. */
export const UPCOMING_METRICS: ReadonlySet<string> = new Set([
  // Each node's view of the ring, by role; lands with the cluster integration.
  'chorus_ring_members',
]);

/** Environment variables of Chorus containers that are not Chorus options. */
export const OTHER_ENV: ReadonlySet<string> = new Set<string>([]);

/** Secrets the manifests reference but do not contain: created by the operator (docs/operations.md). */
export const EXTERNAL_SECRETS: ReadonlySet<string> = new Set(['chorus-secrets']);
