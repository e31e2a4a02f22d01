import { InvalidPushJob } from './errors.js';
import { targetAddress, type PushTarget } from './provider.js';
import type { SqliteSchema, SqliteSource } from '../storage/sqlite_open.js';
import { SqlitePushStore } from './sqlite_push_store.js';
import type { PushRegistration, PushTokenStore } from './token_store.js';

/** Files written before schema_versions kept this version in push_schema. */
const SCHEMA: SqliteSchema = {
  component: 'push_devices',
  legacy: 'push_schema',
  migrations: [
    `CREATE TABLE push_devices (
       user_id TEXT NOT NULL, device_id TEXT NOT NULL,
       address TEXT NOT NULL, target TEXT NOT NULL, registered_at INTEGER NOT NULL,
       PRIMARY KEY (user_id, device_id)
     ) WITHOUT ROWID;
     CREATE UNIQUE INDEX push_devices_address ON push_devices (address);`,
  ],
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

interface Row {
  user_id: string;
  device_id: string;
  target: string;
  registered_at: number;
}

/** Push registrations on SQLite, in their own table (the file may be shared with the outbox and the message store). */
export class SqlitePushTokenStore extends SqlitePushStore implements PushTokenStore {
  private readonly stmt;
  private readonly registerTx;

  constructor(source: SqliteSource) {
    super(source, SCHEMA, 'push token store');
    const db = this.db;
    this.stmt = {
      takeOver: db.prepare<[string, string, string]>('DELETE FROM push_devices WHERE address = ? AND NOT (user_id = ? AND device_id = ?)'),
      upsert: db.prepare<[string, string, string, string, number]>(
        `INSERT INTO push_devices (user_id, device_id, address, target, registered_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (user_id, device_id) DO UPDATE SET address = excluded.address, target = excluded.target, registered_at = excluded.registered_at`,
      ),
      remove: db.prepare<[string, string]>('DELETE FROM push_devices WHERE user_id = ? AND device_id = ?'),
      devicesOf: db.prepare<[string], Row>('SELECT * FROM push_devices WHERE user_id = ? ORDER BY device_id'),
      deleteIfCurrent: db.prepare<[string, string, string, number]>(
        'DELETE FROM push_devices WHERE user_id = ? AND device_id = ? AND address = ? AND registered_at <= ?',
      ),
    };
    this.registerTx = db.transaction((r: PushRegistration) => {
      const address = targetAddress(r.target);
      this.stmt.takeOver.run(address, r.userId, r.deviceId);
      this.stmt.upsert.run(r.userId, r.deviceId, address, JSON.stringify(r.target), r.registeredAt);
    });
  }

  async register(r: PushRegistration): Promise<void> {
    checkIds(r.userId, r.deviceId);
    if (!Number.isSafeInteger(r.registeredAt)) throw new InvalidPushJob('registeredAt must be an integer');
    this.run(() => this.registerTx.immediate(r));
  }

  async unregister(userId: string, deviceId: string): Promise<boolean> {
    return this.run(() => this.stmt.remove.run(userId, deviceId).changes === 1);
  }

  async devicesOf(userId: string): Promise<PushRegistration[]> {
    return this.run(() => this.stmt.devicesOf.all(userId)).map((r) => ({
      userId: r.user_id,
      deviceId: r.device_id,
      target: JSON.parse(r.target) as PushTarget,
      registeredAt: r.registered_at,
    }));
  }

  async deleteIfCurrent(userId: string, deviceId: string, target: PushTarget, since?: number): Promise<boolean> {
    const before = since ?? Number.MAX_SAFE_INTEGER;
    return this.run(() => this.stmt.deleteIfCurrent.run(userId, deviceId, targetAddress(target), before).changes === 1);
  }


}

function checkIds(userId: string, deviceId: string): void {
  if (!ID.test(userId) || !ID.test(deviceId)) throw new InvalidPushJob('userId and deviceId must match [A-Za-z0-9_-]{1,64}');
}
