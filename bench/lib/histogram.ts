import hdr from 'hdr-histogram-js';

export type Histogram = ReturnType<typeof hdr.build>;

/** Latencies are recorded in microseconds, 1 µs to 60 s (larger values grow the histogram), 3 digits. */
export function newHistogram(): Histogram {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3, autoResize: true });
}

/** Compressed base64 (the HdrHistogram interchange format): how workers ship histograms over IPC. */
export function encodeHistogram(h: Histogram): string {
  return hdr.encodeIntoCompressedBase64(h);
}

export function decodeHistogram(text: string): Histogram {
  return hdr.decodeFromCompressedBase64(text);
}

/** Adds an encoded histogram into `into`. */
export function mergeEncoded(into: Histogram, text: string): void {
  const h = decodeHistogram(text);
  into.add(h);
  h.destroy();
}

export interface Percentiles {
  count: number;
  p50_ms: number;
  p90_ms: number;
  p99_ms: number;
  p999_ms: number;
  max_ms: number;
  mean_ms: number;
}

/** Percentiles in milliseconds (the histogram holds microseconds). */
export function percentilesMs(h: Histogram): Percentiles {
  const ms = (us: number): number => us / 1000;
  if (h.totalCount === 0) return { count: 0, p50_ms: 0, p90_ms: 0, p99_ms: 0, p999_ms: 0, max_ms: 0, mean_ms: 0 };
  return {
    count: h.totalCount,
    p50_ms: ms(h.getValueAtPercentile(50)),
    p90_ms: ms(h.getValueAtPercentile(90)),
    p99_ms: ms(h.getValueAtPercentile(99)),
    p999_ms: ms(h.getValueAtPercentile(99.9)),
    max_ms: ms(h.maxValue),
    mean_ms: ms(h.mean),
  };
}

/** The distribution as [percentile, ms] points on a log scale of 1/(1-p), for charts and JSON. */
export function distributionMs(h: Histogram): [number, number][] {
  if (h.totalCount === 0) return [];
  const points: [number, number][] = [];
  for (const p of [0, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 100]) {
    if (p === 100) points.push([100, h.maxValue / 1000]);
    else points.push([p, h.getValueAtPercentile(p) / 1000]);
  }
  return points;
}
