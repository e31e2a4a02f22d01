import { invalid, isValidId } from '../../protocol/mod.js';

/**
 * A delivery between nodes: some users and one already-encoded client frame, so a frame is encoded
 * once at its source and copied, not re-encoded, on its way to every gateway. Layout:
 * `hops u8 | count u16 | count × (length u8 | user id, ASCII) | frame`. User ids are at most 64
 * ASCII bytes ([A-Za-z0-9_-]).
 */
export interface Delivery {
  /** How many directory nodes forwarded it already (a delivery is forwarded at most once). */
  hops: number;
  users: string[];
  frame: Uint8Array;
}

export const MAX_DELIVERY_USERS = 0xffff;

export function encodeDelivery(hops: number, users: readonly string[], frame: Uint8Array): Uint8Array {
  if (users.length > MAX_DELIVERY_USERS) throw new RangeError(`a delivery names at most ${MAX_DELIVERY_USERS} users`);
  let size = 3 + frame.length;
  for (const u of users) size += 1 + u.length;
  const out = new Uint8Array(size);
  out[0] = hops;
  out[1] = users.length >> 8;
  out[2] = users.length & 0xff;
  let at = 3;
  for (const u of users) {
    out[at++] = u.length;
    for (let i = 0; i < u.length; i++) out[at++] = u.charCodeAt(i);
  }
  out.set(frame, at);
  return out;
}

/** Decodes a peer's delivery; malformed input is an INVALID_ARGUMENT error (the tell is returned). */
export function decodeDelivery(bytes: Uint8Array): Delivery {
  if (bytes.length < 3) throw invalid('delivery shorter than its header');
  const hops = bytes[0]!;
  const count = (bytes[1]! << 8) | bytes[2]!;
  const users: string[] = [];
  let at = 3;
  for (let n = 0; n < count; n++) {
    const len = bytes[at++];
    if (len === undefined || at + len > bytes.length) throw invalid('delivery cut short in its user list');
    const id = String.fromCharCode(...bytes.subarray(at, at + len));
    if (!isValidId(id)) throw invalid('delivery names an invalid user id');
    users.push(id);
    at += len;
  }
  return { hops, users, frame: bytes.subarray(at) };
}
