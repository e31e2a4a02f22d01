/**
 * How text becomes search terms, the same for indexing and for queries, and for every engine.
 * Words (letters, digits, marks) are folded (NFKD, marks dropped, lower case): "Café" finds "cafe".
 * Scripts written without spaces (Han, Hiragana, Katakana) become overlapping bigrams plus the run's
 * last character ("東京都" → 東京 京都 都), so any two-character word is found inside a longer run
 * and a one-character query finds runs by prefix. An emoji becomes a token of its code points
 * ("emj1f44dx1f3fd"). URLs split at their punctuation into words; a query "example.com" asks for
 * the words adjacent. Everything else (quotes, *, :, parentheses) separates terms: user text can
 * never become query syntax.
 */
import { SEARCH_BOUNDS, SearchQueryError } from './bounds.js';

const NO_SPACE = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D\p{Extended_Pictographic})*`;
/** One piece of text: an emoji sequence, a run of a no-space script, or a word of other letters/digits. */
const PIECE = new RegExp(String.raw`(${EMOJI})|([${NO_SPACE}]+)|([[\p{L}\p{N}\p{M}]--[${NO_SPACE}]]+)`, 'gv');

/** Text with no character beyond U+007F. */
const NON_ASCII = /[^\p{ASCII}]/u;

export type Piece = { kind: 'word' | 'cjk' | 'emoji'; text: string; start: number; end: number };

export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The pieces of a text in order, with their UTF-16 positions in it. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(PIECE)) {
    const kind = m[1] !== undefined ? 'emoji' : m[2] !== undefined ? 'cjk' : 'word';
    out.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function emojiToken(e: string): string {
  const points = [...e].map((c) => c.codePointAt(0)!).filter((p) => p !== 0xfe0f && p !== 0x200d);
  return 'emj' + points.map((p) => p.toString(16)).join('x');
}

function bigrams(run: string): string[] {
  const chars = [...fold(run)];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** What an engine indexes for a text: space-separated terms. */
export function indexTerms(text: string): string {
  // Most text is ASCII: the same words as pieces() finds, without the Unicode-class regex.
  if (!NON_ASCII.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '').join(' ');
  const out: string[] = [];
  for (const p of pieces(text)) {
    if (p.kind === 'word') out.push(fold(p.text));
    else if (p.kind === 'emoji') out.push(emojiToken(p.text));
    else out.push(...bigrams(p.text), [...fold(p.text)].at(-1)!);
  }
  return out.join(' ');
}

/**
 * A query as groups that must all match: a phrase of adjacent terms, or a prefix (one CJK
 * character, an emoji whose skin tone is open). Engines render these in their own syntax, quoting
 * every term.
 */
export type QueryGroup = { phrase: string[] } | { prefix: string };

export function parseQuery(text: string): QueryGroup[] {
  // Every UTF-16 unit is at least one UTF-8 byte: a long text is refused before it is encoded.
  if (text.length > SEARCH_BOUNDS.maxQueryBytes || new TextEncoder().encode(text).length > SEARCH_BOUNDS.maxQueryBytes) {
    throw new SearchQueryError('QUERY_TOO_LONG', `the query is longer than ${SEARCH_BOUNDS.maxQueryBytes} bytes`);
  }
  const groups: QueryGroup[] = [];
  let terms = 0;
  for (const chunk of text.split(/\s+/u)) {
    let words: string[] = [];
    const endWords = (): void => {
      if (words.length > 0) groups.push({ phrase: words });
      words = [];
    };
    for (const p of pieces(chunk)) {
      if (p.kind === 'word') {
        words.push(fold(p.text));
        terms++;
        continue;
      }
      endWords();
      if (p.kind === 'emoji') groups.push({ prefix: emojiToken(p.text) });
      else if ([...p.text].length === 1) groups.push({ prefix: fold(p.text) });
      else groups.push({ phrase: bigrams(p.text) });
      terms += p.kind === 'cjk' ? Math.max(1, [...p.text].length - 1) : 1;
    }
    endWords();
  }
  if (groups.length === 0) throw new SearchQueryError('EMPTY_QUERY', 'the query has no words to search for');
  if (terms > SEARCH_BOUNDS.maxTerms) throw new SearchQueryError('TOO_MANY_TERMS', `the query has more than ${SEARCH_BOUNDS.maxTerms} terms`);
  return groups;
}

/** The groups as an FTS5 MATCH expression: every term a quoted string, groups ANDed. */
export function fts5Match(groups: readonly QueryGroup[]): string {
  const q = (t: string): string => `"${t.replaceAll('"', '""')}"`;
  return groups.map((g) => ('prefix' in g ? `${q(g.prefix)} *` : q(g.phrase.join(' ')))).join(' AND ');
}
