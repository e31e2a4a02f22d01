import type { Client } from 'cassandra-driver';
import { InvalidRecordError, StoreUnavailableError } from './errors.js';
import { type ClaimedKeyPackage, type DeviceSuite, type KeyPackageCount, type KeyPackageDirectory, KeyPackageLimits, type StoredKeyPackage } from './key_packages.js';
import { checkDeviceSuite, checkPackages, checkSuite } from './key_packages_check.js';
import { checkKeyspace } from './scylla_schema.js';
import { type ScyllaConnectionOptions, createScyllaClient, shutdownScyllaClient } from './scylla_session.js';
import { checkKey } from './validate.js';

/** Candidates tried per device before a claim gives up on its one-time packages (others won them). */
const CLAIM_ATTEMPTS = 8;

/**
 * The key-package directory on ScyllaDB/Cassandra (tables of schema version 6). Publishing is
 * plain writes; a claim takes each one-time package with `DELETE … IF EXISTS`, a lightweight
 * transaction: of several claimers of one package exactly one sees [applied], the others try the
 * device's next package. Claims are rare (one per device a member adds), so the Paxos round trips
 * cost nothing on the message path.
 */
export class ScyllaKeyPackages implements KeyPackageDirectory {
  private readonly q;

  private constructor(
    private readonly client: Client,
    keyspace: string,
  ) {
    checkKeyspace(keyspace);
    const ks = keyspace;
    this.q = {
      insert: `INSERT INTO ${ks}.key_packages (user_id, suite, device_id, package_id, data) VALUES (?, ?, ?, ?, ?)`,
      lastResort: `INSERT INTO ${ks}.last_resort_key_packages (user_id, suite, device_id, package_id, data) VALUES (?, ?, ?, ?, ?)`,
      ids: `SELECT device_id, package_id FROM ${ks}.key_packages WHERE user_id = ? AND suite = ?`,
      one: `SELECT data FROM ${ks}.key_packages WHERE user_id = ? AND suite = ? AND device_id = ? AND package_id = ?`,
      take: `DELETE FROM ${ks}.key_packages WHERE user_id = ? AND suite = ? AND device_id = ? AND package_id = ? IF EXISTS`,
      lastResorts: `SELECT device_id, package_id, data FROM ${ks}.last_resort_key_packages WHERE user_id = ? AND suite = ?`,
      count: `SELECT COUNT(*) AS n FROM ${ks}.key_packages WHERE user_id = ? AND suite = ? AND device_id = ?`,
      hasLast: `SELECT package_id FROM ${ks}.last_resort_key_packages WHERE user_id = ? AND suite = ? AND device_id = ?`,
    };
  }

  /** Connects with its own driver client; the keyspace must be migrated to version 6. */
  static async open(options: ScyllaConnectionOptions & { keyspace: string }): Promise<ScyllaKeyPackages> {
    const client = createScyllaClient(options);
    try {
      await client.connect();
    } catch (err) {
      await shutdownScyllaClient(client);
      throw new StoreUnavailableError('cannot connect to the key-package store', { cause: err });
    }
    return new ScyllaKeyPackages(client, options.keyspace);
  }

  async publish(device: DeviceSuite, oneTime: readonly StoredKeyPackage[], lastResort: StoredKeyPackage | null): Promise<KeyPackageCount> {
    checkDeviceSuite(device);
    checkPackages(oneTime, lastResort);
    const before = await this.count(device);
    // Concurrent publishes of one device may pass this check together: the cap bounds storage, not security.
    if (before.available + oneTime.length > KeyPackageLimits.maxPerDevice) {
      throw new InvalidRecordError(`a device holds at most ${KeyPackageLimits.maxPerDevice} key packages per suite`);
    }
    const { userId, deviceId, suite } = device;
    await this.run(async () => {
      await Promise.all(oneTime.map((p) => this.client.execute(this.q.insert, [userId, suite, deviceId, p.id, Buffer.from(p.data)], { prepare: true })));
      if (lastResort !== null) await this.client.execute(this.q.lastResort, [userId, suite, deviceId, lastResort.id, Buffer.from(lastResort.data)], { prepare: true });
    });
    return this.count(device);
  }

  async claim(userId: string, suite: number): Promise<ClaimedKeyPackage[]> {
    checkKey('userId', userId);
    checkSuite(suite);
    return this.run(async () => {
      const rows = (await this.client.execute(this.q.ids, [userId, suite], { prepare: true, fetchSize: 5000 })).rows;
      const byDevice = new Map<string, string[]>();
      for (const r of rows) {
        const d = r['device_id'] as string;
        const list = byDevice.get(d) ?? [];
        list.push(r['package_id'] as string);
        byDevice.set(d, list);
      }
      const devices = [...byDevice.keys()].slice(0, KeyPackageLimits.maxDevices);
      const taken = await Promise.all(devices.map((d) => this.takeOne(userId, suite, d, byDevice.get(d)!)));
      const out = new Map<string, ClaimedKeyPackage>();
      for (const t of taken) if (t !== null) out.set(t.deviceId, t);
      for (const r of (await this.client.execute(this.q.lastResorts, [userId, suite], { prepare: true })).rows) {
        const d = r['device_id'] as string;
        if (!out.has(d) && out.size < KeyPackageLimits.maxDevices) {
          out.set(d, { deviceId: d, id: r['package_id'] as string, data: new Uint8Array(r['data'] as Buffer), lastResort: true });
        }
      }
      return [...out.values()].sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
    });
  }

  async count(device: DeviceSuite): Promise<KeyPackageCount> {
    checkDeviceSuite(device);
    const p = [device.userId, device.suite, device.deviceId];
    return this.run(async () => {
      const [n, last] = await Promise.all([this.client.execute(this.q.count, p, { prepare: true }), this.client.execute(this.q.hasLast, p, { prepare: true })]);
      return { available: Number(n.rows[0]?.['n'] ?? 0), hasLastResort: last.rows.length > 0 };
    });
  }

  async close(): Promise<void> {
    await shutdownScyllaClient(this.client);
  }

  /** Tries the device's packages in random order (claimers spread out) until one delete applies. */
  private async takeOne(userId: string, suite: number, deviceId: string, ids: string[]): Promise<ClaimedKeyPackage | null> {
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    for (const id of ids.slice(0, CLAIM_ATTEMPTS)) {
      const found = await this.client.execute(this.q.one, [userId, suite, deviceId, id], { prepare: true });
      const data = found.rows[0]?.['data'] as Buffer | undefined;
      if (data === undefined) continue;
      const res = await this.client.execute(this.q.take, [userId, suite, deviceId, id], { prepare: true });
      if (res.wasApplied()) return { deviceId, id, data: new Uint8Array(data), lastResort: false };
    }
    return null;
  }

  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof InvalidRecordError) throw err;
      throw new StoreUnavailableError('key-package store operation failed', { cause: err });
    }
  }
}
