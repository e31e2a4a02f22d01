import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fts5Match, indexTerms, parseQuery, snippet } from '../../lib/search/mod.js';
import { fold, pieces } from '../../lib/text/terms.js';

describe('search terms', () => {
  it('indexes ASCII (fast path) exactly as the general tokeniser does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (text) => {
        assert.equal(indexTerms(text), pieces(text).map((p) => fold(p.text)).join(' '));
      }),
    );
  });

  it('folds case, accents and compatibility forms; bigrams CJK; tokens emoji', () => {
    assert.equal(indexTerms('Ĉafé ﬁne ÅNGSTRÖM'), 'cafe fine angstrom');
    assert.equal(indexTerms('東京都に'), '東京 京都 都に に');
    assert.equal(indexTerms('ok 👍🏽!'), 'ok emj1f44dx1f3fd');
    assert.equal(indexTerms('https://Example.com/a_b?x=1'), 'https example com a b x 1');
  });

  it('turns any query into quoted terms only: nothing the user types is FTS5 syntax', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        let match: string;
        try {
          match = fts5Match(parseQuery(text));
        } catch {
          return; // refused (empty, too long): nothing reaches the engine
        }
        // Outside the quoted strings there is only AND, spaces and a prefix star after a quote.
        const outside = match.replace(/"(?:[^"]|"")*"/g, 'Q');
        assert.match(outside, /^Q( \*)?( AND Q( \*)?)*$/, match);
      }),
    );
  });

  it('keeps highlights on the matched text, not in a cut surrogate pair', () => {
    const s = snippet(`${'😀'.repeat(100)} needle`, parseQuery('needle'));
    const h = s.highlights[0]!;
    assert.equal(s.snippet.slice(h.start, h.start + h.length), 'needle');
    assert.ok(!/^…?[\uDC00-\uDFFF]/.test(s.snippet));
  });
});
