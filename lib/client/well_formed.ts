/** A surrogate half without its pair: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The frame with every lone surrogate in its strings replaced by U+FFFD, as TextEncoder would.
 * protobufjs writes such a half as bytes that are not UTF-8, and the server can only answer a frame
 * it cannot decode with an error that names no request (so the caller would wait for its timeout).
 * Returns the value itself when nothing needs replacing, which is nearly always.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === 'string') {
    LONE_SURROGATE.lastIndex = 0;
    return (LONE_SURROGATE.test(value) ? value.replace(LONE_SURROGATE, '\uFFFD') : value) as T;
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) {
    const items = value.map((v: unknown) => wellFormed(v));
    return (items.every((v, i) => v === value[i]) ? value : items) as T;
  }
  let copy: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const w = wellFormed(v);
    if (w !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = w;
  }
  return (copy ?? value) as T;
}
