/** Kubernetes resource quantities ("500m", "1Gi", "2") as numbers: cores, or bytes. */
const SUFFIX: Readonly<Record<string, number>> = {
  '': 1, m: 1e-3, u: 1e-6, n: 1e-9, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

export function parseQuantity(q: string | number): number {
  if (typeof q === 'number') return q;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|[munkKMGTPE])?$/.exec(q.trim());
  const factor = SUFFIX[m?.[2] ?? ''];
  if (m === null || factor === undefined) throw new Error(`not a quantity: "${q}"`);
  return Number(m[1]) * factor;
}

export const MiB = 2 ** 20;
export const KiB = 2 ** 10;
