import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ErrorCode } from '../../lib/protocol/mod.js';
import { type FakeWebhook, startFakeWebhook } from '../push/support/fake_webhook.js';
import { startTestNode, type TestNode, until } from '../../testing/node.js';
import { RawConnection } from '../../testing/raw.js';

interface Delivered {
  token: string;
  notification: { conversationId: string; seq: number; badge?: number; title?: string; body?: string; collapseKey?: string };
}

describe('push notifications for offline users (webhook provider, real server)', () => {
  let hook: FakeWebhook;
  let t: TestNode;
  let dir: string;
  before(async () => {
    hook = await startFakeWebhook();
    dir = mkdtempSync(join(tmpdir(), 'chorus-push-'));
    const secretFile = join(dir, 'webhook.secret');
    writeFileSync(secretFile, hook.secret);
    t = await startTestNode(['--push-webhook-url', hook.url, '--push-webhook-secret-file', secretFile, '--push-allow-insecure', '--push-collapse-window-ms', '300', '--presence-grace-ms', '5000']);
  });
  after(async () => {
    await t.stop();
    await hook.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pushesTo = (token: string): Delivered[] => (hook.bodies as unknown as Delivered[]).filter((b) => b.token === token);

  /** Registers a device for pushes, then (optionally) leaves it offline. */
  async function device(user: string, token: string, stayOnline = false): Promise<RawConnection> {
    const c = await RawConnection.login(t.url, await t.token(user), `${user}-phone`);
    const r = await c.call({ registerPush: { webhook: { token } } });
    assert.equal(r.body, 'ok');
    if (!stayOnline) {
      c.close();
      await c.waitClosed();
    }
    return c;
  }

  /** A push to a fresh offline user: once it arrives, earlier pushes have had their chance too. */
  async function barrier(sender: Awaited<ReturnType<TestNode['client']>>, name: string): Promise<void> {
    await device(name, `${name}-token`);
    const conv = await sender.createDirect(name);
    await sender.send(conv.id, 'barrier');
    await until(() => pushesTo(`${name}-token`).length === 1, `barrier push to ${name}`);
  }

  it('sends one push per collapsed burst with the badge, none to online or muted users', async () => {
    await device('bob', 'bob-token');
    const online = await device('olive', 'olive-token', true);
    const mute = await RawConnection.login(t.url, await t.token('mia'), 'mia-phone');
    assert.equal((await mute.call({ registerPush: { webhook: { token: 'mia-token' } } })).body, 'ok');

    const alice = await t.client('alice');
    const toBob = await alice.createDirect('bob');
    const toOlive = await alice.createDirect('olive');
    const toMia = await alice.createDirect('mia');
    assert.equal((await mute.call({ setPushPrefs: { conversationId: toMia.id, mutedUntilMs: Date.now() + 3_600_000 } })).body, 'ok');
    mute.close();

    const acks = [];
    for (let i = 0; i < 3; i++) acks.push(await alice.send(toBob.id, `burst ${i}`));
    await alice.send(toOlive.id, 'you are online');
    await alice.send(toMia.id, 'you muted me');
    await until(() => pushesTo('bob-token').length >= 1, 'bob’s push');
    await barrier(alice, 'zed');

    const bob = pushesTo('bob-token');
    assert.equal(bob.length, 1, 'a burst collapses into one push');
    assert.equal(bob[0]!.notification.seq, acks[2]!.seq, 'the push carries the newest message');
    assert.equal(bob[0]!.notification.badge, 3, 'the badge is bob’s unread count');
    assert.equal(bob[0]!.notification.body, 'burst 2');
    assert.equal(bob[0]!.notification.collapseKey, `c:${toBob.id}`);
    assert.equal(pushesTo('olive-token').length, 0, 'a user online on any device gets none');
    assert.equal(pushesTo('mia-token').length, 0, 'a muted conversation gets none');
    assert.deepEqual(hook.violations, []);
    online.close();
    alice.close();
  });

  it('stops pushing to a device after it unregisters', async () => {
    const c = await device('uma', 'uma-token', true);
    assert.equal((await c.call({ unregisterPush: {} })).body, 'ok');
    c.close();
    await c.waitClosed();
    const alice = await t.client('alice2');
    const conv = await alice.createDirect('uma');
    await alice.send(conv.id, 'anyone?');
    await barrier(alice, 'yan');
    assert.equal(pushesTo('uma-token').length, 0);
    alice.close();
  });

  it('refuses malformed, unknown and oversized registrations with documented errors', async () => {
    const c = await RawConnection.login(t.url, await t.token('reg'), 'reg-phone');
    const cases: [object, number][] = [
      [{ registerPush: {} }, ErrorCode.INVALID_ARGUMENT],
      [{ registerPush: { webhook: { token: '' } } }, ErrorCode.INVALID_ARGUMENT],
      [{ registerPush: { webhook: { token: 'x'.repeat(10_000) } } }, ErrorCode.TOO_LARGE],
      [{ registerPush: { fcm: { token: 'abc' } } }, ErrorCode.INVALID_ARGUMENT],
      [{ registerPush: { webpush: { endpoint: 'https://evil.example/push', p256dh: 'x', auth: 'y' } } }, ErrorCode.INVALID_ARGUMENT],
      [{ setPushPrefs: { conversationId: 'd.not.mine', mutedUntilMs: 1 } }, ErrorCode.FORBIDDEN],
      [{ setPushPrefs: { conversationId: '', mutedUntilMs: -5 } }, ErrorCode.INVALID_ARGUMENT],
    ];
    for (const [body, code] of cases) {
      const r = await c.call(body);
      assert.equal(r.error?.code, code, JSON.stringify(body).slice(0, 120));
    }
    c.close();
  });
});
