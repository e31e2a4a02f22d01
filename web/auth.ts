// Logging in on the demo server: user names and dev tokens.

/** A user (or device) id as the server accepts it. */
export const NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** A dev token from the server (only there with --dev). */
export async function fetchToken(user: string): Promise<string> {
  const res = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  const body = (await res.json().catch(() => ({}))) as { token?: unknown; error?: unknown };
  if (res.ok && typeof body.token === 'string') return body.token;
  if (typeof body.error === 'string') throw new Error(body.error);
  throw new Error(res.status === 404 ? 'no /dev/token here: start the server with --dev' : `token request failed (HTTP ${res.status})`);
}
