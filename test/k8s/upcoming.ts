/**
 * Names the manifests may use before the binary knows them, and names that are not options.
 *
 * A setting or metric the manifests need ahead of the code that reads or defines it goes in
 * UPCOMING_ENV / UPCOMING_METRICS, with the default the pods may rely on. When it lands in
 * `OPTIONS` (cmd/config.ts) or a lib metrics.ts, delete it here: the test then checks its value
 * like any other option's, and fails while it is listed in both places. Both lists are empty
 * while the manifests use nothing the binary lacks.
 */

/** Environment variables the binary does not read yet, with the value the pods may rely on when none is set. */
export const UPCOMING_ENV: ReadonlyMap<string, { def: string; help: string }> = new Map<string, { def: string; help: string }>();

/** Metrics the alerts and the dashboard use before lib/metrics/metrics.ts defines them. */
export const UPCOMING_METRICS: ReadonlySet<string> = new Set<string>();

/** Environment variables of Chorus containers that are not Chorus options. */
export const OTHER_ENV: ReadonlySet<string> = new Set<string>([
  // Downward API, only for $(POD_NAMESPACE) in CHORUS_GRPC_ADVERTISE; Chorus does not read it.
  'POD_NAMESPACE',
]);

/** Secrets the manifests reference but do not contain: created by the operator (docs/operations.md). */
export const EXTERNAL_SECRETS: ReadonlySet<string> = new Set(['chorus-secrets', 'chorus-media-s3', 'chorus-opensearch']);
