// Whether the connection is really alive. A socket on a dead network stays "open" for minutes, so
// the page pings the server while connected and drops the socket when an answer is late; the
// browser's offline event drops it at once, and its online event reconnects without back-off.
import type { ChorusClient } from '../lib/client/mod.js';

/** How often an idle connection is checked, and how long an answer may take. */
export const HEARTBEAT_EVERY_MS = 10_000;
export const HEARTBEAT_TIMEOUT_MS = 5_000;

export class Liveness {
  /** The browser says it has no network. */
  offline = !navigator.onLine;
  private readonly timer: ReturnType<typeof setInterval>;
  private inFlight = false;

  constructor(
    private readonly client: Pick<ChorusClient, 'ping' | 'state' | 'dropConnection' | 'reconnectNow'>,
    private readonly changed: () => void,
  ) {
    addEventListener('offline', this.onOffline);
    addEventListener('online', this.onOnline);
    this.timer = setInterval(() => this.beat(), HEARTBEAT_EVERY_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    removeEventListener('offline', this.onOffline);
    removeEventListener('online', this.onOnline);
  }

  private beat(): void {
    if (this.inFlight || this.client.state !== 'ready') return;
    this.inFlight = true;
    let late: ReturnType<typeof setTimeout> | null = setTimeout(() => {
      late = null;
      console.warn(`chorus: no answer to a ping within ${HEARTBEAT_TIMEOUT_MS} ms: reconnecting`);
      this.client.dropConnection();
    }, HEARTBEAT_TIMEOUT_MS);
    const done = (): void => {
      this.inFlight = false;
      if (late !== null) clearTimeout(late);
    };
    // A lost connection rejects the ping too: the SDK is already reconnecting then.
    this.client.ping().then(done, done);
  }

  private readonly onOffline = (): void => {
    this.offline = true;
    this.client.dropConnection();
    this.changed();
  };

  private readonly onOnline = (): void => {
    this.offline = false;
    this.client.reconnectNow();
    this.changed();
  };
}
