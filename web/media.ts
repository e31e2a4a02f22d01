// Photos, videos, voice notes and files: attaching (button, paste, drag and drop) with upload
// progress, and showing what a message carries (placeholder, then thumbnail; full size on click;
// players for video and audio; a download link for files). The bytes go by HTTP to the signed URLs
// the server hands out; URLs are asked for when shown and again when they expire.
import type { Attachment, ChorusClient } from '../lib/client/mod.js';
import { el } from './dom.js';
import { type Doing, PageError } from './errors.js';
import type { ConvState } from './state.js';

/** What the media actions need from the session (the same host as the message actions). */
export interface MediaHost {
  readonly client: Pick<ChorusClient, 'sendMedia' | 'mediaUrl'>;
  current(): ConvState | undefined;
  changed(): void;
  fail(err: unknown, doing: Doing): void;
}

const KIND_IMAGE = 1;
const KIND_VIDEO = 2;
const KIND_AUDIO = 3;

/** One upload under way, shown above the composer. */
interface Upload {
  name: string;
  sent: number;
  total: number;
}

let source: MediaHost | null = null;

export class MediaActions {
  readonly uploads = new Set<Upload>();

  constructor(private readonly host: MediaHost) {
    source = host;
  }

  /** Sends each file as its own message to the open conversation (the first with the caption). */
  send(files: readonly File[], caption = ''): void {
    const v = this.host.current();
    if (v === undefined) return;
    const conversationId = v.info.id;
    files.forEach((file, i) => {
      const up: Upload = { name: file.name || 'pasted', sent: 0, total: file.size };
      this.uploads.add(up);
      this.render();
      this.host.client
        .sendMedia(conversationId, file, {
          caption: i === 0 ? caption : '',
          onProgress: (sent, total) => {
            up.sent = sent;
            up.total = total;
            this.render();
          },
        })
        .catch((err: unknown) => this.host.fail(err, 'upload'))
        .finally(() => {
          this.uploads.delete(up);
          this.render();
        });
    });
  }

  /** The progress lines above the composer. */
  private render(): void {
    const box = progressBox();
    box.replaceChildren(...[...this.uploads].map((u) => {
      const row = el('div', 'upload');
      const bar = el('progress');
      bar.max = Math.max(1, u.total);
      bar.value = u.sent;
      row.append(el('span', 'name', `Sending ${u.name}`), bar);
      return row;
    }));
    box.hidden = this.uploads.size === 0;
  }
}

function progressBox(): HTMLDivElement {
  let box = document.getElementById('uploads');
  if (!(box instanceof HTMLDivElement)) {
    box = el('div');
    box.id = 'uploads';
    box.setAttribute('aria-live', 'polite');
    document.getElementById('composer')?.before(box);
  }
  return box as HTMLDivElement;
}

/**
 * Adds the attach button to the composer and takes files from it, from the clipboard (paste into
 * the page) and from drag and drop onto the conversation.
 */
export function installMediaInput(composer: HTMLFormElement, main: HTMLElement, take: (files: File[]) => void): void {
  const input = el('input');
  input.type = 'file';
  input.multiple = true;
  input.hidden = true;
  input.id = 'attach-input';
  const attach = el('button', 'plain', '📎');
  attach.type = 'button';
  attach.id = 'attach';
  attach.title = 'attach photos, videos or files (or paste, or drop them here)';
  attach.setAttribute('aria-label', 'attach files');
  attach.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) take(files);
  });
  composer.prepend(attach, input);
  document.addEventListener('paste', (ev) => {
    const files = [...(ev.clipboardData?.files ?? [])];
    if (files.length === 0 || composer.hidden) return;
    ev.preventDefault();
    take(files);
  });
  main.addEventListener('dragover', (ev) => {
    if (ev.dataTransfer?.types.includes('Files') === true && !composer.hidden) ev.preventDefault();
  });
  main.addEventListener('drop', (ev) => {
    const files = [...(ev.dataTransfer?.files ?? [])];
    if (files.length === 0 || composer.hidden) return;
    ev.preventDefault();
    take(files);
  });
}

/** The attachments of a message of the open conversation, for its bubble. */
export function attachmentsView(list: readonly Attachment[]): HTMLDivElement {
  const box = el('div', 'attachments');
  const conversationId = source?.current()?.info.id ?? '';
  for (const a of list) box.append(attachmentView(conversationId, a));
  return box;
}

function attachmentView(conversationId: string, a: Attachment): HTMLElement {
  const url = (mediaId: string): Promise<string> => (source === null ? Promise.reject(new PageError('Log in to open files.')) : source.client.mediaUrl(conversationId, mediaId));
  if (a.kind === KIND_IMAGE) {
    const img = el('img', 'photo');
    img.alt = a.name || 'photo';
    if (a.width > 0 && a.height > 0) {
      img.width = Math.min(320, a.width);
      img.height = Math.round((img.width / a.width) * a.height);
    }
    if (a.placeholder.byteLength > 0) img.src = URL.createObjectURL(new Blob([a.placeholder as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
    url(a.thumbnailId || a.mediaId).then((u) => (img.src = u), () => img.classList.add('broken'));
    img.title = 'open full size';
    img.addEventListener('click', (ev) => {
      ev.stopPropagation();
      // Opened at once (a popup must come from the click), then pointed at the fresh URL.
      const w = window.open('', '_blank');
      url(a.mediaId).then((u) => (w === null ? window.location.assign(u) : (w.location.href = u)), (err: unknown) => source?.fail(err, 'download'));
    });
    return img;
  }
  if (a.kind === KIND_VIDEO || a.kind === KIND_AUDIO) {
    const player = el(a.kind === KIND_VIDEO ? 'video' : 'audio', 'player');
    player.controls = true;
    player.preload = 'metadata';
    if (a.kind === KIND_VIDEO && a.thumbnailId !== '') url(a.thumbnailId).then((u) => ((player as HTMLVideoElement).poster = u), () => undefined);
    url(a.mediaId).then((u) => (player.src = u), () => player.classList.add('broken'));
    return player;
  }
  const link = el('a', 'file', `📄 ${a.name || 'file'} (${sizeText(Number(a.size))})`);
  link.href = '#';
  link.title = 'download';
  link.addEventListener('click', (ev) => {
    ev.preventDefault();
    ev.stopPropagation();
    url(a.mediaId).then((u) => {
      const go = el('a');
      go.href = u;
      go.download = a.name;
      go.click();
    }, (err: unknown) => source?.fail(err, 'download'));
  });
  return link;
}

function sizeText(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
