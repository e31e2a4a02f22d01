import type { ClusterLog } from '../../lib/cluster/log.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown>;
}

/** A ClusterLog that keeps what it is told, for asserting on. */
export function recordingLog(): { log: ClusterLog; entries: LogEntry[]; has(level: LogEntry['level'], text: string): boolean } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (fields: object, message: string): void => {
      entries.push({ level, message, fields: fields as Record<string, unknown> });
    };
  return {
    log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    entries,
    has: (level, text) => entries.some((e) => e.level === level && e.message.includes(text)),
  };
}
