import { encodeServerFrame } from './codec.js';

/**
 * The field number of an encoded ServerFrame's body (its oneof case), read from the bytes without
 * decoding: the first field other than `id` (1). 0 when there is none or the bytes are cut short.
 * Fan-out uses it to tell ephemeral frames from durable ones without a second argument.
 */
export function serverBodyField(frame: Uint8Array): number {
  let i = 0;
  while (i < frame.length) {
    // Tags of ServerFrame fields fit in two bytes (field numbers below 2048).
    let tag = frame[i++]!;
    if (tag & 0x80) {
      if (i >= frame.length) return 0;
      tag = (tag & 0x7f) | (frame[i++]! << 7);
      if (tag >= 1 << 14) return 0;
    }
    const field = tag >>> 3;
    if (field !== 1) return field;
    // id is a varint: skip it.
    if ((tag & 7) !== 0) return 0;
    while (i < frame.length && frame[i]! & 0x80) i++;
    i++;
  }
  return 0;
}

/** The body field number of a frame built from `sample` (derived, so the proto stays the only source). */
function fieldOf(sample: Parameters<typeof encodeServerFrame>[0]): number {
  return serverBodyField(encodeServerFrame(sample));
}

/**
 * Pushes a client can lose without losing anything durable: typing indicators, presence changes and
 * receipt updates (their state comes back with the next sync or presence snapshot). Messages,
 * joins, removals and reactions are not in this set: a socket that cannot take those is closed
 * with 4100 and resyncs.
 */
export const EPHEMERAL_FIELDS: ReadonlySet<number> = new Set([
  fieldOf({ typing: {} }),
  fieldOf({ presence: {} }),
  fieldOf({ receiptUpdate: {} }),
]);

export function isEphemeralServerFrame(frame: Uint8Array): boolean {
  return EPHEMERAL_FIELDS.has(serverBodyField(frame));
}
