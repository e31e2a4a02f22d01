import type uWSTypes from 'uWebSockets.js';
import type { DevTokenIssuer } from '../auth/tokens.js';

/** Largest POST /dev/token body read. */
const MAX_HTTP_BODY = 4096;

/** POST /dev/token (--dev only): a signed token for any user name, for the page and local tools. */
export function devTokenRoute(app: uWSTypes.TemplatedApp, issuer: DevTokenIssuer): void {
  app.post('/dev/token', (res) => {
    let aborted = false;
    res.onAborted(() => {
      aborted = true;
    });
    const chunks: Buffer[] = [];
    let size = 0;
    res.onData((chunk, last) => {
      size += chunk.byteLength;
      if (size > MAX_HTTP_BODY) {
        if (!aborted) res.cork(() => res.writeStatus('413 Payload Too Large').end());
        aborted = true;
        return;
      }
      chunks.push(Buffer.from(chunk.slice(0)));
      if (!last || aborted) return;
      let user: unknown;
      try {
        user = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { user?: unknown }).user;
      } catch {
        user = undefined;
      }
      if (typeof user !== 'string') {
        res.cork(() => res.writeStatus('400 Bad Request').writeHeader('content-type', 'application/json').end('{"error":"body must be {\\"user\\": \\"name\\"}"}'));
        return;
      }
      issuer.issue(user).then(
        (token) => {
          if (!aborted) res.cork(() => res.writeHeader('content-type', 'application/json').end(JSON.stringify({ user, token })));
        },
        (err: unknown) => {
          const message = err instanceof Error ? err.message : 'bad request';
          if (!aborted) res.cork(() => res.writeStatus('400 Bad Request').writeHeader('content-type', 'application/json').end(JSON.stringify({ error: message })));
        },
      );
    });
  });
}
