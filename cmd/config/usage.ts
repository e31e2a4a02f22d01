import { type Command, type Flag, OPTIONS, type Option, takes } from './options.js';

/** Help sections, in the order shown; an option goes to the first section that claims it. */
const SECTIONS: readonly { title: string; claims(flag: Flag): boolean }[] = [
  { title: 'Basics', claims: (f) => ['dev', 'host', 'port', 'admin-port', 'data-dir', 'log-level', 'gateway-processes'].includes(f) },
  { title: 'Auth (JWT)', claims: (f) => f.startsWith('jwt-') || f === 'dev-token-ttl-sec' },
  {
    title: 'Limits',
    claims: (f) =>
      f.startsWith('max-') ||
      f.endsWith('frame-rate') ||
      f.endsWith('frame-burst') ||
      ['dedup-window', 'request-timeout-ms', 'connect-rate', 'edit-window-ms', 'delete-window-ms', 'soft-backpressure-bytes'].includes(f),
  },
  { title: 'Sessions, presence and actors', claims: (f) => f.startsWith('typing-') || ['presence-grace-ms', 'idle-timeout-sec', 'passivate-after-ms', 'mailbox-capacity'].includes(f) },
  { title: 'Store', claims: (f) => f === 'store' || f.startsWith('sqlite-') || f.startsWith('scylla-') },
  {
    title: 'Cluster',
    claims: (f) => f.startsWith('etcd-') || f.startsWith('grpc-') || f.startsWith('cluster-') || ['roles', 'node-id', 'region', 'regions', 'durability', 'region-lease-ms', 'region-lease-margin-ms', 'from', 'to', 'force', 'zone', 'membership-ttl-sec', 'drain-grace-ms', 'ring-settle-ms'].includes(f),
  },
  { title: 'Push notifications', claims: (f) => f.startsWith('push-') },
  { title: 'Media', claims: (f) => f.startsWith('media-') },
  { title: 'Search', claims: (f) => f.startsWith('opensearch-') },
];

/** The section an option is listed under ('' when none claims it: the config test forbids that). */
export function sectionOf(flag: Flag): string {
  return SECTIONS.find((s) => s.claims(flag))?.title ?? '';
}

const SERVE_HEAD = [
  'Usage: chorus [serve] [options]     runs the server',
  '       chorus migrate [options]     creates or upgrades the ScyllaDB keyspace (see chorus migrate --help)',
  '       chorus --version',
  '',
  'Every option can also be set by its environment variable; flags win.',
];

const SERVE_EXAMPLES = [
  'Examples:',
  '  chorus --dev',
  '      try it on this machine: open http://localhost:8080/ in two browser tabs, log in as two names',
  '  CHORUS_JWT_SECRET=$(cat /etc/chorus/jwt) chorus --host 0.0.0.0 --data-dir /var/lib/chorus',
  '      one production process with the embedded store',
  '  chorus --store scylla --scylla-contact-points db1,db2 --scylla-local-dc dc1 \\',
  '         --etcd-endpoints http://etcd:2379 --node-id chorus-0 --cluster-ca-file ca.crt \\',
  '         --cluster-cert-file tls.crt --cluster-key-file tls.key --jwt-jwks-url https://idp.example/jwks',
  '      one node of a cluster (run `chorus migrate` first; docs/operations.md)',
];

const MIGRATE_HEAD = [
  'Usage: chorus migrate --scylla-contact-points HOST[:PORT],... --scylla-local-dc DC --scylla-replication REPLICATION [options]',
  '',
  'Creates the keyspace, or alters its replication to REPLICATION, and applies the schema migrations',
  'it lacks. Idempotent: run it once per rollout, before servers of a new version start. Prints what',
  'it did; exit 0 on success, 2 on bad options, 1 when the cluster refuses or cannot be reached.',
  'REPLICATION: NetworkTopologyStrategy:dc1=3[,dc2=3] or its short form dc1=3,dc2=3 (production; one DC per region, docs/regions.md) or SimpleStrategy:N (tests).',
  '',
  'Every option can also be set by its environment variable; flags win.',
];

const MIGRATE_EXAMPLES = ['Example:', '  chorus migrate --scylla-contact-points db1,db2 --scylla-local-dc dc1 --scylla-replication NetworkTopologyStrategy:dc1=3'];

const REGION_HEAD = [
  'Usage: chorus region status|failover|unfence --scylla-contact-points HOST[:PORT],... --scylla-local-dc DC [options]',
  '',
  'status: each region\'s lease and fence as this DC sees it. failover --from A --to B (run against B\'s DC):',
  'fences A, waits one lease period plus the margin, re-homes A\'s conversations to B. unfence --from A:',
  'the return procedure once A\'s DC is back and repaired (needs every DC up). docs/operations.md has the runbook.',
  'Exit 0 on success, 2 on bad options, 1 when refused (the line says why) or the cluster cannot be reached.',
];

const REGION_EXAMPLES = ['Example:', '  chorus region failover --from eu-west --to us-east --scylla-contact-points db.us-east --scylla-local-dc us-east'];

/** One option's line: the default is shown unless there is none or the help already says it. */
function optionLine(o: Option): string {
  const def = o.def === '' || o.help.includes('default:') ? '' : ` (default: ${o.def})`;
  return `  --${o.flag.padEnd(30)} ${o.env.padEnd(36)} ${o.help}${def}`;
}

export function usage(command: Command = 'serve'): string {
  const options = (OPTIONS as readonly Option[]).filter((o) => takes(o, command));
  const body: string[] = [];
  for (const { title } of SECTIONS) {
    const mine = options.filter((o) => sectionOf(o.flag as Flag) === title);
    if (mine.length > 0) body.push('', `${title}:`, ...mine.map(optionLine));
  }
  const [head, examples] = command === 'serve' ? [SERVE_HEAD, SERVE_EXAMPLES] : command === 'region' ? [REGION_HEAD, REGION_EXAMPLES] : [MIGRATE_HEAD, MIGRATE_EXAMPLES];
  return [...head, ...body, '', ...examples].join('\n');
}
