// Logging in on the demo server: user names and dev tokens.
import { PageError } from './errors.js';

/** A user (or device) id as the server accepts it. */
export const NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** A dev token from the server (only there with --dev). */
export async function fetchToken(user: string): Promise<string> {
  const res = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  const body = (await res.json().catch(() => ({}))) as { token?: unknown };
  if (res.ok && typeof body.token === 'string') return body.token;
  if (res.status === 404) throw new PageError('This server has no demo login: start it with --dev.');
  if (res.status === 400) throw new PageError('That name cannot be used: a name is 1–64 letters, digits, _ or -.');
  throw new PageError(`The server refused the login (HTTP ${res.status}). Try again in a moment.`);
}
