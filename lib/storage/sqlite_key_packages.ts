import type Database from 'better-sqlite3';
import { InvalidRecordError, StoreUnavailableError } from './errors.js';
import { type ClaimedKeyPackage, type DeviceSuite, type KeyPackageCount, type KeyPackageDirectory, KeyPackageLimits, type StoredKeyPackage } from './key_packages.js';
import { checkDeviceSuite, checkPackages, checkSuite } from './key_packages_check.js';
import { type SqliteSchema, type SqliteSource, migrateSqlite, openSqlite } from './sqlite_open.js';
import { sqliteCall } from './sqlite_rows.js';
import { checkKey } from './validate.js';

export const KEY_PACKAGE_SCHEMA: SqliteSchema = {
  component: 'key_packages',
  migrations: [
    `CREATE TABLE key_packages (
       user_id TEXT NOT NULL, suite INTEGER NOT NULL, device_id TEXT NOT NULL, package_id TEXT NOT NULL, data BLOB NOT NULL,
       PRIMARY KEY (user_id, suite, device_id, package_id)
     ) WITHOUT ROWID;
     CREATE TABLE last_resort_key_packages (
       user_id TEXT NOT NULL, suite INTEGER NOT NULL, device_id TEXT NOT NULL, package_id TEXT NOT NULL, data BLOB NOT NULL,
       PRIMARY KEY (user_id, suite, device_id)
     ) WITHOUT ROWID;`,
  ],
};

interface PackageRow {
  device_id: string;
  package_id: string;
  data: Buffer;
}

/**
 * The key-package directory in a SQLite file (its own component, so it may share the message
 * store's file). A claim is one IMMEDIATE transaction: no two claimers see the same package.
 */
export class SqliteKeyPackages implements KeyPackageDirectory {
  private readonly db: Database.Database;
  private readonly owned: boolean;
  private readonly claimTx;
  private readonly publishTx;

  constructor(source: SqliteSource) {
    const { db, owned } = openSqlite(source);
    this.db = db;
    this.owned = owned;
    migrateSqlite(db, KEY_PACKAGE_SCHEMA);
    const insert = db.prepare('INSERT OR IGNORE INTO key_packages (user_id, suite, device_id, package_id, data) VALUES (?, ?, ?, ?, ?)');
    const lastResort = db.prepare(
      'INSERT INTO last_resort_key_packages (user_id, suite, device_id, package_id, data) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (user_id, suite, device_id) DO UPDATE SET package_id = excluded.package_id, data = excluded.data',
    );
    this.publishTx = db.transaction((d: DeviceSuite, oneTime: readonly StoredKeyPackage[], last: StoredKeyPackage | null) => {
      if (this.available(d) + oneTime.length > KeyPackageLimits.maxPerDevice) {
        throw new InvalidRecordError(`a device holds at most ${KeyPackageLimits.maxPerDevice} key packages per suite`);
      }
      for (const p of oneTime) insert.run(d.userId, d.suite, d.deviceId, p.id, Buffer.from(p.data));
      if (last !== null) lastResort.run(d.userId, d.suite, d.deviceId, last.id, Buffer.from(last.data));
    });
    // One package per device: the first one-time package (by id), else the last-resort one.
    const firstPerDevice = db.prepare<[string, number], PackageRow>(
      'SELECT device_id, MIN(package_id) AS package_id, data FROM key_packages WHERE user_id = ? AND suite = ? GROUP BY device_id LIMIT ' + KeyPackageLimits.maxDevices,
    );
    const lastResorts = db.prepare<[string, number], PackageRow>(
      'SELECT device_id, package_id, data FROM last_resort_key_packages WHERE user_id = ? AND suite = ? LIMIT ' + KeyPackageLimits.maxDevices,
    );
    const remove = db.prepare('DELETE FROM key_packages WHERE user_id = ? AND suite = ? AND device_id = ? AND package_id = ?');
    this.claimTx = db.transaction((userId: string, suite: number): ClaimedKeyPackage[] => {
      const out = new Map<string, ClaimedKeyPackage>();
      for (const r of firstPerDevice.all(userId, suite)) {
        remove.run(userId, suite, r.device_id, r.package_id);
        out.set(r.device_id, { deviceId: r.device_id, id: r.package_id, data: new Uint8Array(r.data), lastResort: false });
      }
      for (const r of lastResorts.all(userId, suite)) {
        if (!out.has(r.device_id)) out.set(r.device_id, { deviceId: r.device_id, id: r.package_id, data: new Uint8Array(r.data), lastResort: true });
      }
      return [...out.values()].sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
    });
  }

  async publish(device: DeviceSuite, oneTime: readonly StoredKeyPackage[], lastResort: StoredKeyPackage | null): Promise<KeyPackageCount> {
    checkDeviceSuite(device);
    checkPackages(oneTime, lastResort);
    try {
      this.publishTx.immediate(device, oneTime, lastResort);
    } catch (err) {
      if (err instanceof InvalidRecordError) throw err;
      throw new StoreUnavailableError('sqlite operation failed', { cause: err });
    }
    return this.count(device);
  }

  async claim(userId: string, suite: number): Promise<ClaimedKeyPackage[]> {
    checkKey('userId', userId);
    checkSuite(suite);
    return sqliteCall(() => this.claimTx.immediate(userId, suite));
  }

  async count(device: DeviceSuite): Promise<KeyPackageCount> {
    checkDeviceSuite(device);
    return sqliteCall(() => {
      const last = this.db
        .prepare<[string, number, string], { n: number }>('SELECT COUNT(*) AS n FROM last_resort_key_packages WHERE user_id = ? AND suite = ? AND device_id = ?')
        .get(device.userId, device.suite, device.deviceId)!.n;
      return { available: this.available(device), hasLastResort: last > 0 };
    });
  }

  close(): void {
    if (this.owned) this.db.close();
  }

  private available(d: DeviceSuite): number {
    return this.db
      .prepare<[string, number, string], { n: number }>('SELECT COUNT(*) AS n FROM key_packages WHERE user_id = ? AND suite = ? AND device_id = ?')
      .get(d.userId, d.suite, d.deviceId)!.n;
  }
}
