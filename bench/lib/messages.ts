/**
 * What the harness parent and its client workers (bench/workers/client.ts) say to each other over
 * the child_process IPC channel. Requests carry `rid`, echoed in the one answer; ticks are unsolicited.
 */
import type { AuthSpec } from './target.js';

export interface UserSpec {
  name: string;
  /** Index into the target's server URLs. */
  server: number;
}

export interface ConvSpec {
  /** The parent's index of the conversation, echoed with its id. */
  key: number;
  /** Local index (in this worker) of the creating session: the conversation's sender. */
  creator: number;
  kind: 1 | 2;
  /** The other members' user names. */
  others: string[];
  /**
   * For a pub/sub peer (bench/workers/centrifugo_client.ts), where every member subscribes itself:
   * local indexes of this worker's members (creator -1 when the creator lives elsewhere).
   */
  locals?: number[];
}

export interface SendSpec {
  id: string;
  /** Local index of the sending session. */
  sender: number;
  /** Sessions that receive every message (all members, the sender's own session included). */
  members: number;
  /** Relative share of this worker's sends. */
  weight: number;
}

export type ToWorker =
  | { t: 'connect'; rid: number; users: UserSpec[]; parallel: number }
  | { t: 'create'; rid: number; convs: ConvSpec[]; parallel: number }
  | { t: 'plan'; rid: number; convs: SendSpec[] }
  | { t: 'load'; rid: number; phase: number; rate: number; t0Us: number; seconds: number; textBytes: number; receiptRatio: number }
  | { t: 'stats'; rid: number }
  | { t: 'stop'; rid: number }
  | { t: 'close' };

/** A request as the parent writes it; the pool adds the `rid`. */
export type Command = { [K in ToWorker['t']]: Omit<Extract<ToWorker, { t: K }>, 'rid'> }[ToWorker['t']];

export interface Counters {
  phase: number;
  sendingDone: boolean;
  sent: number;
  acked: number;
  errors: number;
  delivered: number;
  /** Deliveries the acked sends should cause: members of the conversation per acked message. */
  expected: number;
  receipts: number;
  /** Error answers by code. */
  errorCodes: Record<string, number>;
}

export interface Tick {
  t: 'tick';
  phase: number;
  /** Second of the phase this tick covers, counted from the phase's t0. */
  sec: number;
  sent: number;
  acked: number;
  delivered: number;
  /** HDR histograms (compressed base64) of this second: send→deliver, send→ack, send lag, in µs. */
  lat: string;
  ack: string;
  lag: string;
}

export type FromWorker =
  | { t: 'ready'; index: number }
  | { t: 'connected'; rid: number; ready: number; failed: number; ms: number; connectHist: string; firstError: string | null }
  | { t: 'created'; rid: number; ids: [number, string][]; failed: number; firstError: string | null }
  | { t: 'planned'; rid: number }
  | { t: 'started'; rid: number }
  | ({ t: 'stats'; rid: number } & Counters)
  | ({ t: 'stopped'; rid: number } & Counters)
  | Tick;

export interface WorkerInit {
  index: number;
  urls: string[];
  auth: AuthSpec;
}
