/**
 * Snippets with highlighted matches, computed from the current text and the query the same way for
 * every engine (so engines agree, and a highlight is never HTML: the client renders the spans).
 */
import { SEARCH_BOUNDS } from './bounds.js';
import { type QueryGroup, emojiToken, fold, pieces } from './terms.js';

type Span = { start: number; end: number };

/** The spans of `text` that match some term of the query, sorted and merged. */
export function matchSpans(text: string, groups: readonly QueryGroup[]): Span[] {
  const words = new Set<string>();
  const cjk: string[] = [];
  const emoji = new Set<string>();
  for (const g of groups) {
    const terms = 'prefix' in g ? [g.prefix] : g.phrase;
    for (const t of terms) {
      if (t.startsWith('emj') && 'prefix' in g) emoji.add(t);
      else if (/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(t)) cjk.push(t);
      else words.add(t);
    }
  }
  const spans: Span[] = [];
  for (const p of pieces(text)) {
    if (p.kind === 'word' && words.has(fold(p.text))) spans.push({ start: p.start, end: p.end });
    else if (p.kind === 'emoji' && [...emoji].some((e) => emojiToken(p.text).startsWith(e))) spans.push({ start: p.start, end: p.end });
    else if (p.kind === 'cjk') spans.push(...cjkSpans(p.text, p.start, cjk));
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

function cjkSpans(run: string, offset: number, needles: readonly string[]): Span[] {
  const chars = [...run];
  const folded = chars.map(fold);
  const out: Span[] = [];
  const at: number[] = []; // UTF-16 offset of each character
  let o = 0;
  for (const c of chars) {
    at.push(o);
    o += c.length;
  }
  at.push(o);
  for (const n of needles) {
    const want = [...n];
    for (let i = 0; i + want.length <= folded.length; i++) {
      if (want.every((w, k) => folded[i + k] === w)) out.push({ start: offset + at[i]!, end: offset + at[i + want.length]! });
    }
  }
  return out;
}

/** The snippet of a hit: a window of the text around its first match, with the spans inside it. */
export function snippet(text: string, groups: readonly QueryGroup[]): { snippet: string; highlights: { start: number; length: number }[] } {
  const spans = matchSpans(text, groups);
  const max = SEARCH_BOUNDS.snippetChars;
  let start = 0;
  if (text.length > max && spans.length > 0) start = Math.max(0, Math.min(spans[0]!.start - Math.floor(max / 4), text.length - max));
  // Never cut a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start++;
  let end = Math.min(text.length, start + max);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const highlights = spans
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ start: s.start - start + lead.length, length: s.end - s.start }));
  return { snippet: lead + text.slice(start, end) + tail, highlights };
}
