/**
 * The DeviceStateStore contract, on the memory store and the file store (the page's IndexedDB store
 * is exercised by test/web/e2ee.test.ts), and a device that survives a restart on the file store.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MlsDevice } from '../../lib/client/mls/device.js';
import { type DeviceStateStore, MemoryDeviceStore } from '../../lib/client/mls/device_store.js';
import { FileDeviceStore } from '../../lib/client/mls/file_store.js';
import { encrypt, epochOf } from '../../lib/client/mls/group_ops.js';

function deviceStoreContract(name: string, open: () => DeviceStateStore): void {
  describe(`${name}: DeviceStateStore`, () => {
    it('gets what was set, lists keys by prefix, deletes', async () => {
      const s = open();
      assert.equal(await s.get('group/a'), undefined);
      await s.set('group/a', new Uint8Array([1, 2, 3]));
      await s.set('group/b c', new Uint8Array([4]));
      await s.set('kp/1/ff', new Uint8Array([5]));
      await s.set('group/a', new Uint8Array([9, 9]));
      assert.deepEqual([...((await s.get('group/a')) ?? [])], [9, 9]);
      assert.deepEqual((await s.keys('group/')).sort(), ['group/a', 'group/b c']);
      await s.delete('group/a');
      await s.delete('never-set');
      assert.equal(await s.get('group/a'), undefined);
      assert.deepEqual(await s.keys('group/'), ['group/b c']);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'chorus-device-'));
let n = 0;
deviceStoreContract('MemoryDeviceStore', () => new MemoryDeviceStore());
deviceStoreContract('FileDeviceStore', () => new FileDeviceStore(join(dir, `c${++n}`)));

describe('an MLS device on the file store', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its identity and group state across a restart, in a private directory', async () => {
    const path = join(dir, 'ann-phone');
    const before = new MlsDevice('ann', 'phone', new FileDeviceStore(path));
    const key = (await before.signer(1)).publicKey;
    let state = await before.createGroup('eg.1.file', 1);
    state = (await encrypt(state, 1, new TextEncoder().encode('x'))).newState;
    await before.saveGroup('eg.1.file', state);
    await before.saveMark('eg.1.file', 7);
    const after2 = new MlsDevice('ann', 'phone', new FileDeviceStore(path));
    assert.deepEqual((await after2.signer(1)).publicKey, key);
    const restored = (await after2.loadGroup('eg.1.file'))!;
    assert.equal(epochOf(restored), epochOf(state));
    assert.equal(await after2.loadMark('eg.1.file'), 7);
    assert.deepEqual(await after2.groupIds(), ['eg.1.file']);
    assert.equal(statSync(path).mode & 0o777, 0o700);
  });
});
