import { type Command, OPTIONS, type Option, takes } from './options.js';

export function usage(command: Command = 'serve'): string {
  const lines = (OPTIONS as readonly Option[])
    .filter((o) => takes(o, command))
    .map((o) => `  --${o.flag.padEnd(26)} ${o.env.padEnd(34)} ${o.help} (default: ${o.def === '' ? 'none' : o.def})`);
  const head =
    command === 'serve'
      ? [
          'Usage: chorus [serve] [options]     runs the server',
          '       chorus migrate [options]     creates or upgrades the ScyllaDB keyspace (see chorus migrate --help)',
          '',
          'Every option can also be set by its environment variable; flags win.',
        ]
      : [
          'Usage: chorus migrate --scylla-contact-points HOST[:PORT],... --scylla-local-dc DC --scylla-replication REPLICATION [options]',
          '',
          'Creates the keyspace, or alters its replication to REPLICATION, and applies the schema migrations',
          'it lacks. Idempotent: run it once per rollout, before servers of a new version start. Prints what',
          'it did; exit 0 on success, 2 on bad options, 1 when the cluster refuses or cannot be reached.',
          'REPLICATION: NetworkTopologyStrategy:dc1=3[,dc2=3] (production) or SimpleStrategy:N (tests).',
          '',
          'Every option can also be set by its environment variable; flags win.',
        ];
  return [...head, ...lines].join('\n');
}
