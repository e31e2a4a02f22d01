// The composer: a text area that grows with its text (Enter sends, Shift+Enter starts a new line)
// and a byte counter that shows as the text nears the server's limit.
import { ui } from './ui.js';

/** The counter shows from this share of the limit on. */
const COUNT_FROM = 0.8;

let limit = 16_384;

/** The server's limit, once a Welcome has told it. */
export function setComposerLimit(maxBytes: number): void {
  if (maxBytes === limit) return;
  limit = maxBytes;
  refreshComposer();
}

export function setComposer(text: string): void {
  ui.composerText.value = text;
  refreshComposer();
}

/** Height and counter after the text changed. */
export function refreshComposer(): void {
  const t = ui.composerText;
  t.style.height = 'auto';
  t.style.height = `${Math.min(t.scrollHeight + 2, Math.round(innerHeight * 0.4))}px`;
  const bytes = new TextEncoder().encode(t.value).length;
  const c = ui.composerCount;
  c.hidden = bytes < limit * COUNT_FROM;
  c.textContent = bytes > limit ? `${(bytes - limit).toLocaleString('en')} bytes too long` : `${bytes.toLocaleString('en')} / ${limit.toLocaleString('en')}`;
  c.classList.toggle('over', bytes > limit);
}
