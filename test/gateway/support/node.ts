import assert from 'node:assert/strict';
import type { Gateway } from '../../../lib/gateway/server.js';
import { CloseCode } from '../../../lib/protocol/mod.js';
import type { TestNode } from '../../../testing/node.js';
import { RawConnection } from '../../../testing/raw.js';

/**
 * Resolves once a session on a token issued now (1 s to live) has been closed for its expiry
 * (4004). Deadlines fire in order, so every session on a token issued before this call has passed
 * its own original deadline by then: a test sees that a refreshed session outlived it, without
 * sleeping. Needs a node with a short --jwt-expiry-grace-sec.
 */
export async function pastEarlierDeadlines(t: TestNode): Promise<void> {
  const control = await RawConnection.login(t.url, await t.token('control', 1));
  assert.equal((await control.waitClosed(10_000)).code, CloseCode.TOKEN_EXPIRED);
}

/** The node's gateway (every test node runs one). */
export function gatewayOf(t: TestNode): Gateway {
  const g = t.node.gateway;
  assert.ok(g !== null, 'the node runs a gateway');
  return g;
}
