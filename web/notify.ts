// Desktop notifications (the Notification API) for messages that arrive while the tab is hidden.
// Permission is asked only when the person clicks "Notify me", never on page load: browsers ignore
// or penalise requests without a user gesture, and people refuse prompts they did not ask for.
// Phones do not get the button (header .wide): their browsers notify only through a service worker
// or an installed app, which this page is not.
import type { Message } from '../lib/client/mod.js';
import type { ConvState } from './state.js';
import { ui } from './ui.js';

const supported = (): boolean => typeof Notification !== 'undefined';

export class Notifier {
  constructor(private readonly open: (conversationId: string) => void) {
    ui.notify.addEventListener('click', () => {
      if (!supported()) return;
      void Notification.requestPermission().then(() => this.render());
    });
  }

  /** The button shows while the browser has not been asked yet. */
  render(): void {
    ui.notify.hidden = !supported() || Notification.permission !== 'default';
  }

  /** One notification per conversation (a newer one replaces it); clicking it opens the conversation. */
  show(v: ConvState, m: Message): void {
    if (!supported() || Notification.permission !== 'granted' || document.visibilityState === 'visible') return;
    const who = v.isGroup ? `${m.senderId} in ${v.title}` : m.senderId;
    let n: Notification;
    try {
      n = new Notification(who, { body: m.text.length > 140 ? `${m.text.slice(0, 139)}…` : m.text, tag: v.info.id });
    } catch (err) {
      // Android's Chrome only notifies through a service worker: the constructor throws there.
      console.warn('chorus: notification not shown:', err);
      return;
    }
    n.onclick = () => {
      window.focus();
      this.open(v.info.id);
      n.close();
    };
  }
}
