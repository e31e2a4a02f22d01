// The search box: results with the matched words marked; a click opens the conversation at the
// message (loading history back to it). Snippets are text: highlights become <mark> around text
// nodes, never parsed HTML.
import type { SearchHit, SearchResultPage } from '../lib/client/mod.js';
import { el } from './dom.js';
import { humanError } from './errors.js';
import { formatTime } from './format.js';
import type { Session } from './session.js';
import { ui } from './ui.js';

export class SearchPanel {
  private page: SearchResultPage | null = null;
  private hits: SearchHit[] = [];

  constructor(private readonly current: () => Session | null) {
    ui.searchForm.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.run(ui.searchText.value.trim());
    });
    ui.searchText.addEventListener('input', () => {
      if (ui.searchText.value === '') this.clear();
    });
    ui.searchResults.addEventListener('click', (ev) => {
      const li = ev.target instanceof Element ? ev.target.closest('li') : null;
      if (li?.classList.contains('more') === true) {
        void this.more();
        return;
      }
      const id = li?.dataset['conv'];
      const seq = Number(li?.dataset['seq']);
      if (id !== undefined && seq > 0) void this.current()?.jumpTo(id, seq);
    });
  }

  clear(): void {
    this.page = null;
    this.hits = [];
    ui.searchResults.hidden = true;
    ui.searchResults.replaceChildren();
  }

  private async run(query: string): Promise<void> {
    const s = this.current();
    if (s === null || query === '') return this.clear();
    try {
      this.page = await s.search(query);
      this.hits = [...this.page.hits];
      this.draw(s);
    } catch (err) {
      this.page = null;
      this.hits = [];
      ui.searchResults.replaceChildren(el('li', 'search-error', humanError(err, 'search')));
      ui.searchResults.hidden = false;
    }
  }

  private async more(): Promise<void> {
    const s = this.current();
    const next = this.page?.next();
    if (s === null || next === null || next === undefined) return;
    this.page = await next;
    this.hits.push(...this.page.hits);
    this.draw(s);
  }

  private draw(s: Session): void {
    const items = this.hits.map((h) => {
      const li = el('li', 'hit');
      li.dataset['conv'] = h.conversationId;
      li.dataset['seq'] = String(h.seq);
      const top = el('div', 'row');
      top.append(el('span', 'name', s.titleOf(h.conversationId)), el('span', 'when', formatTime(h.sentAtMs)));
      li.append(top, snippet(h, s.user));
      return li;
    });
    if (items.length === 0) items.push(el('li', 'search-empty', 'no messages found'));
    if (this.page?.nextCursor !== '' && this.page !== null) items.push(el('li', 'more', 'more results'));
    ui.searchResults.replaceChildren(...items);
    ui.searchResults.hidden = false;
  }
}

/** The snippet with its highlights as <mark> elements around text nodes. */
function snippet(h: SearchHit, me: string): HTMLElement {
  const p = el('div', 'snippet');
  p.append(el('span', 'who', h.senderId === me ? 'you: ' : `${h.senderId}: `));
  let at = 0;
  for (const { start, length } of h.highlights) {
    p.append(document.createTextNode(h.snippet.slice(at, start)), el('mark', '', h.snippet.slice(start, start + length)));
    at = start + length;
  }
  p.append(document.createTextNode(h.snippet.slice(at)));
  return p;
}
