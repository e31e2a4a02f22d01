// DOM building blocks. User text only ever reaches the page through textContent.

export function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const e = document.getElementById(id);
  if (!(e instanceof type)) throw new Error(`page is missing #${id}`);
  return e;
}

/** Creates an element; `text` is set as textContent, so it is never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className !== '') e.className = className;
  if (text !== '') e.textContent = text;
  return e;
}

/** A small button that runs `action` on click (and does not submit any form around it). */
export function button(className: string, text: string, title: string, action: () => void): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  if (title !== '') b.title = title;
  b.addEventListener('click', (ev) => {
    ev.stopPropagation();
    action();
  });
  return b;
}

/** One child as the list wants it: rebuilt only when its signature changes. */
export interface KeyedItem {
  key: string;
  /** Everything the element shows; the same signature reuses the element as it is. */
  sig: string;
  build(): HTMLElement;
}

/**
 * Keeps a container's children in step with a list of keyed items, touching only the ones that
 * changed. Elements that stay keep their focus, hover state, text selection and half-typed input,
 * which matters because the page re-renders on every event (typing indicators tick each second).
 */
export class KeyedList {
  private cache = new Map<string, { sig: string; node: HTMLElement }>();

  constructor(private readonly parent: HTMLElement) {}

  update(items: readonly KeyedItem[]): void {
    const next = new Map<string, { sig: string; node: HTMLElement }>();
    const nodes: HTMLElement[] = [];
    for (const item of items) {
      const cached = this.cache.get(item.key);
      const entry = cached !== undefined && cached.sig === item.sig ? cached : { sig: item.sig, node: item.build() };
      next.set(item.key, entry);
      nodes.push(entry.node);
    }
    this.cache = next;
    // Remove the stale ones first, so that the insertions below never move a kept element.
    const keep = new Set<Node>(nodes);
    for (const child of Array.from(this.parent.childNodes)) if (!keep.has(child)) child.remove();
    nodes.forEach((node, i) => {
      const at = this.parent.childNodes[i] ?? null;
      if (at !== node) this.parent.insertBefore(node, at);
    });
  }

  clear(): void {
    this.cache.clear();
    this.parent.replaceChildren();
  }
}
