/**
 * Reading a delivered message's send stamp (its text starts with "<µs>|") straight from the bytes a
 * client worker received, for Chorus's protobuf frames and Centrifugo's JSON lines alike. A load
 * generator that fully decoded every frame spent more CPU per frame than the servers it measures
 * (1–1.4 of this machine's 2 cores at 150k frames/s), so the clients, not the servers, set the
 * latency; both workers now scan for the stamp and fully decode only the rest (acks, replies, errors).
 */

const PIPE = 0x7c;
const ZERO = 0x30;

/** The integer in ASCII digits at bytes[start..] up to '|', or -1 when there is none. */
export function digitsToPipe(bytes: Uint8Array, start: number, end: number): number {
  let v = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c === PIPE) return i > start ? v : -1;
    const d = c - ZERO;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return -1;
}

let pos = 0;

function varint(b: Uint8Array): number {
  let v = 0;
  let mul = 1;
  for (;;) {
    const c = b[pos++];
    if (c === undefined) return -1;
    v += (c & 0x7f) * mul;
    if (c < 0x80) return v;
    mul *= 128;
  }
}

/** Skips a field's value; false when the frame is cut or the wire type unknown. */
function skip(b: Uint8Array, wire: number): boolean {
  if (wire === 0) return varint(b) >= 0;
  if (wire === 1) pos += 8;
  else if (wire === 5) pos += 4;
  else if (wire === 2) {
    const n = varint(b);
    if (n < 0) return false;
    pos += n;
  } else return false;
  return pos <= b.length;
}

const FRAME_ID = 1;
const FRAME_MESSAGE = 20;
const MESSAGE_TEXT = 7;

/**
 * The stamp of a pushed `message` frame (ServerFrame id 0, body message, proto/chorus/v1), -1 for a
 * pushed message without one, or null for any other frame (decode it fully).
 */
export function chorusStamp(b: Uint8Array): number | null {
  pos = 0;
  let stamp: number | null = null;
  while (pos < b.length) {
    const tag = varint(b);
    if (tag < 0) return null;
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field === FRAME_ID && wire === 0) {
      if (varint(b) !== 0) return null;
    } else if (field === FRAME_MESSAGE && wire === 2) {
      const len = varint(b);
      const bodyEnd = pos + len;
      if (len < 0 || bodyEnd > b.length) return null;
      stamp = -1;
      while (pos < bodyEnd) {
        const t = varint(b);
        if (t < 0) return null;
        if (Math.floor(t / 8) === MESSAGE_TEXT && (t & 7) === 2) {
          const n = varint(b);
          if (n < 0 || pos + n > bodyEnd) return null;
          stamp = digitsToPipe(b, pos, pos + n);
          pos += n;
        } else if (!skip(b, t & 7)) return null;
      }
    } else return null;
  }
  return stamp;
}

const PUSH = Buffer.from('{"push":');
const T_FIELD = Buffer.from('"t":"');

/**
 * The stamp of one Centrifugo JSON line holding a publication push (`{"push":{...,"data":{"t":"<µs>|..."}}}`),
 * -1 for a push without one, or null for any other line (parse it as JSON).
 */
export function centrifugoStamp(data: Buffer, start: number, end: number): number | null {
  if (end - start < PUSH.length || data.compare(PUSH, 0, PUSH.length, start, start + PUSH.length) !== 0) return null;
  const at = data.indexOf(T_FIELD, start);
  if (at < 0 || at >= end) return -1;
  return digitsToPipe(data, at + T_FIELD.length, end);
}
