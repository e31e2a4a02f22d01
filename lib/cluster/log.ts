/**
 * The logging the cluster layer needs: structured fields first, then a message (pino's shape, so a
 * pino Logger fits). Narrow on purpose, so tests hand in a recording fake.
 */
export interface ClusterLog {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentLog: ClusterLog = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
