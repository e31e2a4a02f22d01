import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { InvalidRecordError, type KeyPackageDirectory, KeyPackageLimits } from '../../lib/storage/mod.js';

/**
 * The behaviour every KeyPackageDirectory must have. `open` returns a handle on one shared,
 * migrated store; several handles stand for several nodes (claims race across them).
 */
export interface KeyPackageFactory {
  open(): Promise<KeyPackageDirectory & { close(): void | Promise<void> }>;
}

let unique = 0;
function uid(prefix: string): string {
  return `${prefix}${process.pid}x${Date.now().toString(36)}x${++unique}`;
}

const pkg = (id: string, byte = 1): { id: string; data: Uint8Array } => ({ id, data: new Uint8Array([byte, 2, 3, byte]) });

export function keyPackageContract(name: string, factory: KeyPackageFactory): void {
  describe(`${name}: KeyPackageDirectory`, () => {
    const handles: (KeyPackageDirectory & { close(): void | Promise<void> })[] = [];
    let dir: KeyPackageDirectory;
    before(async () => {
      dir = await factory.open();
      handles.push(dir as (typeof handles)[number]);
    });
    after(async () => {
      for (const h of handles) await h.close();
    });

    it('counts what a device published, per suite, and keeps ids unique', async () => {
      const user = uid('u');
      const phone = { userId: user, deviceId: 'phone', suite: 1 };
      assert.deepEqual(await dir.count(phone), { available: 0, hasLastResort: false });
      assert.deepEqual(await dir.publish(phone, [pkg('a'), pkg('b')], null), { available: 2, hasLastResort: false });
      assert.deepEqual(await dir.publish(phone, [pkg('b'), pkg('c')], pkg('last')), { available: 3, hasLastResort: true });
      assert.deepEqual(await dir.count({ ...phone, suite: 83 }), { available: 0, hasLastResort: false });
    });

    it('claims one package per device, each one-time package once, then the last-resort one', async () => {
      const user = uid('u');
      await dir.publish({ userId: user, deviceId: 'laptop', suite: 1 }, [pkg('l1', 7)], pkg('lr', 9));
      await dir.publish({ userId: user, deviceId: 'phone', suite: 1 }, [pkg('p1', 5), pkg('p2', 6)], null);
      const first = await dir.claim(user, 1);
      assert.deepEqual(
        first.map((c) => [c.deviceId, c.lastResort]),
        [
          ['laptop', false],
          ['phone', false],
        ],
      );
      assert.deepEqual([...first[0]!.data], [7, 2, 3, 7]);
      const second = await dir.claim(user, 1);
      assert.deepEqual(
        second.map((c) => [c.deviceId, c.id, c.lastResort]),
        [
          ['laptop', 'lr', true],
          ['phone', second[1]!.id, false],
        ],
      );
      assert.notEqual(second[1]!.id, first[1]!.id);
      // The phone has nothing left and no last resort: it is absent. The laptop's last resort stays.
      const third = await dir.claim(user, 1);
      assert.deepEqual(
        third.map((c) => [c.deviceId, c.id]),
        [['laptop', 'lr']],
      );
      assert.deepEqual(await dir.count({ userId: user, deviceId: 'phone', suite: 1 }), { available: 0, hasLastResort: false });
      assert.deepEqual(await dir.claim(user, 83), []);
      assert.deepEqual(await dir.claim(uid('nobody'), 1), []);
    });

    it('hands a package to exactly one of many concurrent claimers (claim race)', async () => {
      const user = uid('u');
      await dir.publish({ userId: user, deviceId: 'only', suite: 1 }, [pkg('the-one')], null);
      const others = await Promise.all(Array.from({ length: 4 }, () => factory.open()));
      handles.push(...others);
      const claimers = [dir, ...others];
      const results = await Promise.all(Array.from({ length: 24 }, (_, i) => claimers[i % claimers.length]!.claim(user, 1)));
      const winners = results.filter((r) => r.length === 1);
      assert.equal(winners.length, 1, `exactly one claimer gets the package (got ${winners.length})`);
      assert.equal(winners[0]![0]!.id, 'the-one');
      assert.ok(results.every((r) => r.length <= 1));
    });

    it('hands out many packages to many concurrent claimers without repeating one', async () => {
      const user = uid('u');
      const ids = Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`);
      await dir.publish({ userId: user, deviceId: 'd', suite: 1 }, ids.map((id) => pkg(id)), null);
      const results = await Promise.all(Array.from({ length: 40 }, () => dir.claim(user, 1)));
      const got = results.flat().map((c) => c.id);
      assert.equal(new Set(got).size, got.length, 'no package handed out twice');
      assert.ok(got.length <= 30);
      // Whatever a claim could not take under contention is still there for the next one.
      const left = (await dir.count({ userId: user, deviceId: 'd', suite: 1 })).available;
      assert.equal(left + got.length, 30);
    });

    it('refuses bad input before writing', async () => {
      const d = { userId: uid('u'), deviceId: 'd', suite: 1 };
      await assert.rejects(dir.publish({ ...d, suite: 0 }, [pkg('a')], null), InvalidRecordError);
      await assert.rejects(dir.publish({ ...d, deviceId: 'bad id' }, [pkg('a')], null), InvalidRecordError);
      await assert.rejects(dir.publish(d, [{ id: 'a', data: new Uint8Array(0) }], null), InvalidRecordError);
      await assert.rejects(dir.publish(d, [{ id: 'a', data: new Uint8Array(KeyPackageLimits.maxPackageBytes + 1) }], null), InvalidRecordError);
      const many = Array.from({ length: KeyPackageLimits.maxPerDevice }, (_, i) => pkg(`m${i}`));
      await dir.publish(d, many, null);
      await assert.rejects(dir.publish(d, [pkg('one-more')], null), InvalidRecordError);
      assert.equal((await dir.count(d)).available, KeyPackageLimits.maxPerDevice);
    });
  });
}
