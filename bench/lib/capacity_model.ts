/**
 * The capacity model of docs/capacity.md as a pure function: measured per-core and per-connection
 * figures plus written-out assumptions in, node counts out. bench/capacity.ts feeds it the bench JSON.
 */

/** Figures measured by the load harness on this machine (bench/results/*.json). */
export interface Measured {
  /** Server RSS per idle authenticated connection, bytes (idle). */
  bytesPerConnection: number;
  /** Server CPU seconds per 1,000 connects (idle). */
  cpuSecPer1kConnects: number;
  /** Delivered frames per second per server core, group fan-out (group). */
  deliveredPerCore: number;
  /** Text size the fan-out figure was measured with, bytes. */
  deliveredTextBytes: number;
  /** Server CPU µs per one-on-one message end to end: decode, order, persist, ack, 2 deliveries (direct). */
  usPerDirectMessage: number;
  /** Highest sustainable messages/s of one process within the p99 bound, and per core of server CPU (saturate). */
  saturationPerSec: number | null;
  saturationPerServerCore: number | null;
  /** Measured Cassandra appends/s on this 2-core machine, if the scylla bench ran (context only). */
  cassandraAppendsPerSec: number | null;
}

/** Everything not measured here. Each one is a number someone can argue with. */
export interface Assumptions {
  dailyUsers: number;
  messagesPerDay: number;
  /** Peak over the daily average. */
  peakFactor: number;
  /** Concurrent sockets to size for (low and high end of 10–50M). */
  socketsLow: number;
  socketsHigh: number;
  messageBytes: number;
  /** Delivered frames per message: members online × their devices, sender's own devices included. */
  fanout: number;
  /** Receipt (cursor) writes per message, after clients coalesce them. */
  receiptWritesPerMessage: number;
  /** Receipt-update frames pushed per message (cursor moves shown to the other members). */
  receiptFramesPerMessage: number;
  /** Typing and presence frames per message (ephemeral: no storage). */
  ephemeralFramesPerMessage: number;
  /** CPU of one receipt at a conversation node, as a share of one message's. */
  receiptCostShare: number;
  /** CPU cost of a delivered frame grows with its size: extra share per KiB over the measured size. */
  frameCostPerKiB: number;
  /** CPU of an inbound frame (send, receipt, typing) as a multiple of a delivered frame's: it is decoded in JS. */
  inboundFrameCost: number;
  /** Keep-alive pings: CPU per ping (µs) and the interval each idle socket is pinged at (s). */
  pingUs: number;
  pingIntervalSec: number;
  /** Extra CPU per message for each node-to-node hop (gateway→conversation node and back), µs. */
  hopUs: number;
  /** Kernel memory per idle TCP socket (not in the process RSS), bytes. */
  kernelBytesPerSocket: number;
  /** Sockets one gateway process holds at most (blast radius of a crash, reconnect storm). */
  socketsPerGatewayProcess: number;
  /** Cores and memory of one gateway / conversation node; Node.js runs one process per core. */
  coresPerNode: number;
  memGiBPerNode: number;
  /** Share of CPU (and memory) planned to be busy at peak: headroom for a lost zone and spikes. */
  targetUtilisation: number;
  /** ScyllaDB: replication factor, writes per message (message row + client-id row), per-shard writes/s. */
  replicationFactor: number;
  rowWritesPerMessage: number;
  scyllaWritesPerShard: number;
  scyllaShardsPerNode: number;
  /** Days of messages kept in ScyllaDB, compression ratio, usable disk per node (TB), fill target. */
  retentionDays: number;
  compression: number;
  scyllaDiskTBPerNode: number;
  scyllaDiskFill: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  dailyUsers: 100e6,
  messagesPerDay: 10e9,
  peakFactor: 3,
  socketsLow: 10e6,
  socketsHigh: 50e6,
  messageBytes: 1024,
  fanout: 4,
  receiptWritesPerMessage: 1.5,
  receiptFramesPerMessage: 1.5,
  ephemeralFramesPerMessage: 1,
  receiptCostShare: 0.5,
  frameCostPerKiB: 0.3,
  inboundFrameCost: 2,
  pingUs: 2,
  pingIntervalSec: 30,
  hopUs: 40,
  kernelBytesPerSocket: 3 * 1024,
  socketsPerGatewayProcess: 500_000,
  coresPerNode: 16,
  memGiBPerNode: 64,
  targetUtilisation: 0.5,
  replicationFactor: 3,
  rowWritesPerMessage: 2,
  scyllaWritesPerShard: 12_500,
  scyllaShardsPerNode: 14,
  retentionDays: 30,
  compression: 0.5,
  scyllaDiskTBPerNode: 7.5,
  scyllaDiskFill: 0.7,
};

export interface Line {
  what: string;
  value: number;
  unit: string;
  how: string;
}

export interface Plan {
  load: Line[];
  gateway: Line[];
  conversation: Line[];
  scylla: Line[];
  totals: { sockets: number; gatewayNodes: number; conversationNodes: number; scyllaNodes: number }[];
}

/** Sizes the cluster for one socket count. */
export function plan(m: Measured, a: Assumptions): Plan {
  const avg = a.messagesPerDay / 86_400;
  const peak = avg * a.peakFactor;
  const framesPerMsg = a.fanout + a.receiptFramesPerMessage + a.ephemeralFramesPerMessage;
  const peakFrames = peak * framesPerMsg;
  const load: Line[] = [
    { what: 'average messages', value: avg, unit: 'msg/s', how: `${a.messagesPerDay.toExponential(1)} / 86,400 s` },
    { what: 'peak messages', value: peak, unit: 'msg/s', how: `× peak factor ${a.peakFactor}` },
    { what: 'peak delivered frames', value: peakFrames, unit: 'frames/s', how: `× (fan-out ${a.fanout} + receipt updates ${a.receiptFramesPerMessage} + typing/presence ${a.ephemeralFramesPerMessage})` },
    { what: 'peak receipt writes', value: peak * a.receiptWritesPerMessage, unit: 'writes/s', how: `× ${a.receiptWritesPerMessage} per message` },
  ];

  // Gateway: CPU per delivered frame, scaled to the message size; inbound frames and one hop per message.
  const usPerFrame = (1e6 / m.deliveredPerCore) * (1 + a.frameCostPerKiB * Math.max(0, (a.messageBytes - m.deliveredTextBytes) / 1024));
  const inboundPerMsg = 1 + a.receiptWritesPerMessage + a.ephemeralFramesPerMessage / a.fanout;
  const gwCoresCpu = (peakFrames * usPerFrame + peak * inboundPerMsg * usPerFrame * a.inboundFrameCost + peak * a.hopUs) / 1e6;
  const totals: Plan['totals'] = [];
  const gateway: Line[] = [
    { what: 'CPU per delivered frame', value: usPerFrame, unit: 'µs', how: `1e6 / ${Math.round(m.deliveredPerCore)} measured frames/s/core, +${a.frameCostPerKiB * 100}% per KiB over ${m.deliveredTextBytes} B` },
    { what: 'gateway cores for traffic', value: gwCoresCpu, unit: 'cores', how: `frames × cost + inbound ${inboundPerMsg.toFixed(2)} frames/msg at ${a.inboundFrameCost}× a frame's cost + one ${a.hopUs} µs hop per message` },
  ];
  const conversation: Line[] = [];
  const scylla: Line[] = [];
  for (const sockets of [a.socketsLow, a.socketsHigh]) {
    const bytesPerSocket = m.bytesPerConnection + a.kernelBytesPerSocket;
    const procsBySockets = sockets / a.socketsPerGatewayProcess;
    const pingCores = ((sockets / a.pingIntervalSec) * a.pingUs) / 1e6;
    const procsByCpu = (gwCoresCpu + pingCores) / a.targetUtilisation;
    const procs = Math.ceil(Math.max(procsBySockets, procsByCpu));
    const memGiB = (sockets * bytesPerSocket) / 2 ** 30;
    const nodesByMem = memGiB / (a.memGiBPerNode * a.targetUtilisation);
    const gwNodes = Math.ceil(Math.max(procs / a.coresPerNode, nodesByMem));
    const stormSec = (a.socketsPerGatewayProcess * m.cpuSecPer1kConnects) / 1000 / ((gwNodes - 1) * a.coresPerNode * (1 - a.targetUtilisation));
    gateway.push(
      { what: `[${sockets / 1e6}M sockets] memory`, value: memGiB, unit: 'GiB', how: `${Math.round(m.bytesPerConnection)} B measured RSS + ${a.kernelBytesPerSocket} B kernel per socket` },
      { what: `[${sockets / 1e6}M sockets] gateway processes`, value: procs, unit: 'processes', how: `max(sockets / ${a.socketsPerGatewayProcess.toLocaleString('en')} = ${procsBySockets.toFixed(1)}, (traffic + ${pingCores.toFixed(1)} cores of pings) / ${a.targetUtilisation} = ${procsByCpu.toFixed(1)})` },
      { what: `[${sockets / 1e6}M sockets] gateway nodes`, value: gwNodes, unit: 'nodes', how: `${a.coresPerNode} processes and ${a.memGiBPerNode} GiB per node, memory ≤ ${a.targetUtilisation * 100}%` },
      { what: `[${sockets / 1e6}M sockets] reconnect storm after one process dies`, value: stormSec, unit: 's', how: `${a.socketsPerGatewayProcess.toLocaleString('en')} connects × ${m.cpuSecPer1kConnects.toFixed(3)} CPU-s/1k on the others' spare cores` },
    );
    // Conversation nodes: ordering + persistence per message (measured with SQLite in-process: conservative
    // for a node whose store is remote), receipts, and the hop.
    const usPerMsg = Math.max(1, m.usPerDirectMessage - 2 * 1e6 / m.deliveredPerCore);
    const convCores = (peak * (usPerMsg + a.hopUs) + peak * a.receiptWritesPerMessage * usPerMsg * a.receiptCostShare) / 1e6;
    const convNodes = Math.ceil(convCores / a.targetUtilisation / a.coresPerNode);
    if (sockets === a.socketsLow) {
      conversation.push(
        { what: 'CPU per message at a conversation actor', value: usPerMsg, unit: 'µs', how: `${m.usPerDirectMessage.toFixed(0)} µs measured per direct message − its 2 deliveries` },
        { what: 'conversation cores', value: convCores, unit: 'cores', how: `peak × (message + ${a.hopUs} µs hop) + receipts × ${a.receiptCostShare} of a message` },
        { what: 'conversation nodes', value: convNodes, unit: 'nodes', how: `at ${a.targetUtilisation * 100}% of ${a.coresPerNode} cores` },
      );
      if (m.saturationPerServerCore !== null) {
        conversation.push({ what: 'cross-check: one process saturated at', value: m.saturationPerSec ?? 0, unit: 'msg/s', how: `${Math.round(m.saturationPerServerCore)} msg/s per core of server CPU; with SQLite FULL the event loop waits on commits, so the per-core figure is the CPU-bound one` });
      }
    }
    const replicaWrites = peak * (a.rowWritesPerMessage + a.receiptWritesPerMessage) * a.replicationFactor;
    const byWrites = replicaWrites / (a.scyllaWritesPerShard * a.scyllaShardsPerNode * a.targetUtilisation);
    const storedTB = (a.messagesPerDay * a.messageBytes * a.retentionDays * a.replicationFactor * a.compression) / 1e12;
    const byDisk = storedTB / (a.scyllaDiskTBPerNode * a.scyllaDiskFill);
    const scyllaNodes = Math.ceil(Math.max(byWrites, byDisk, a.replicationFactor));
    if (sockets === a.socketsLow) {
      scylla.push(
        { what: 'replica writes at peak', value: replicaWrites, unit: 'writes/s', how: `peak × (${a.rowWritesPerMessage} rows + ${a.receiptWritesPerMessage} receipts) × RF ${a.replicationFactor}` },
        { what: 'nodes for writes', value: byWrites, unit: 'nodes', how: `ASSUMED ${a.scyllaWritesPerShard.toLocaleString('en')} writes/s per shard × ${a.scyllaShardsPerNode} shards, at ${a.targetUtilisation * 100}%` },
        { what: 'data kept', value: storedTB, unit: 'TB', how: `${a.retentionDays} days × ${a.messageBytes} B × RF ${a.replicationFactor} × compression ${a.compression}` },
        { what: 'nodes for disk', value: byDisk, unit: 'nodes', how: `${a.scyllaDiskTBPerNode} TB per node filled to ${a.scyllaDiskFill * 100}%` },
        { what: 'ScyllaDB nodes', value: scyllaNodes, unit: 'nodes', how: 'the larger of the two (at least RF)' },
      );
      if (m.cassandraAppendsPerSec !== null) {
        scylla.push({ what: 'context: Cassandra 5 on this 2-core machine', value: m.cassandraAppendsPerSec, unit: 'appends/s', how: 'measured by bench/scylla_append.ts, client on the same cores: not a ScyllaDB figure' });
      }
    }
    totals.push({ sockets, gatewayNodes: gwNodes, conversationNodes: convNodes, scyllaNodes });
  }
  return { load, gateway, conversation, scylla, totals };
}
