/**
 * The SDK's MLS layer without a server: devices, key packages, welcomes, commits and messages
 * (ts-mls underneath), for both offered suites.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeMlsMessage } from 'ts-mls';
import { MlsDevice } from '../../lib/client/mls/device.js';
import { MemoryDeviceStore } from '../../lib/client/mls/device_store.js';
import { addDevices, encrypt, epochOf, fingerprint, members, processIncoming, removeDevices, selfUpdate } from '../../lib/client/mls/group_ops.js';
import { E2EE_SUITES } from '../../lib/protocol/mod.js';

const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function welcomeOf(b: Uint8Array) {
  const d = decodeMlsMessage(b, 0)!;
  assert.equal(d[0].wireformat, 'mls_welcome');
  return (d[0] as { welcome: Parameters<MlsDevice['join']>[0] }).welcome;
}

for (const [name, suite] of Object.entries(E2EE_SUITES)) {
  describe(`MLS group operations (${name})`, () => {
    it('adds, talks, removes a device, updates; the removed device reads nothing after', async () => {
      const ann = new MlsDevice('ann', 'phone', new MemoryDeviceStore());
      const bob = new MlsDevice('bob', 'laptop', new MemoryDeviceStore());
      const bob2 = new MlsDevice('bob', 'phone', new MemoryDeviceStore());
      let a = await ann.createGroup('eg.1.test', suite);
      const kb = await bob.newKeyPackages(suite, 1, false);
      const kb2 = await bob2.newKeyPackages(suite, 0, true);
      const add = await addDevices(a, suite, [kb.oneTime[0]!, kb2.lastResort!]);
      a = add.newState;
      let b = (await bob.join(welcomeOf(add.welcome!), suite))!;
      let b2 = (await bob2.join(welcomeOf(add.welcome!), suite))!;
      assert.equal(epochOf(a), 1);
      assert.equal(epochOf(b), 1);
      assert.deepEqual(members(b).map((m) => `${m.userId}/${m.deviceId}`).sort(), ['ann/phone', 'bob/laptop', 'bob/phone']);

      const hello = await encrypt(a, suite, bytes('hello bob'));
      a = hello.newState;
      const got = await processIncoming(b, suite, hello.message);
      assert.equal(got.kind, 'application');
      assert.equal(text((got as { plaintext: Uint8Array }).plaintext), 'hello bob');
      b = got.newState;
      b2 = (await processIncoming(b2, suite, hello.message)).newState;

      const rm = await removeDevices(b, suite, ['bob/phone']);
      b = rm.newState;
      a = (await processIncoming(a, suite, rm.commit)).newState;
      b2 = (await processIncoming(b2, suite, rm.commit)).newState;
      assert.equal(b2.groupActiveState.kind, 'removedFromGroup');
      const secret = await encrypt(a, suite, bytes('not for the old phone'));
      a = secret.newState;
      assert.equal(text(((await processIncoming(b, suite, secret.message)) as { plaintext: Uint8Array }).plaintext), 'not for the old phone');
      await assert.rejects(processIncoming(b2, suite, secret.message));

      const up = await selfUpdate(a, suite);
      b = (await processIncoming(b, suite, up.commit)).newState;
      a = up.newState;
      assert.equal(epochOf(a), epochOf(b));
      // Stored and restored state keeps working.
      await ann.saveGroup('eg.1.test', a);
      const restored = (await ann.loadGroup('eg.1.test'))!;
      const again = await encrypt(restored, suite, bytes('after restore'));
      assert.equal(text(((await processIncoming(b, suite, again.message)) as { plaintext: Uint8Array }).plaintext), 'after restore');
      const fp = await fingerprint(members(b).find((m) => m.userId === 'ann')!.signatureKey);
      assert.match(fp, /^(\d{5} ){11}\d{5}$/);
      assert.equal(fp, await fingerprint((await ann.signer(suite)).publicKey));
    });
  });
}
