/**
 * The MLS key-package directory (docs/e2ee.md): each device publishes one-time key packages and one
 * last-resort package per cipher suite; anyone may claim one package per device of a user.
 *
 * Atomicity: claim() hands each one-time package to exactly one claimer, even when many claim at
 * once from several nodes (SQLite: one transaction; Cassandra: a lightweight-transaction delete per
 * package). When a device has no one-time package left its last-resort package is handed out, to
 * any number of claimers, until the device publishes a new one. Every implementation must pass
 * test/storage/key_packages_contract.ts.
 */
export interface KeyPackageDirectory {
  /**
   * Adds one-time packages of a device (ids already present are kept, not duplicated) and, when
   * given, replaces its last-resort package. Returns the device's count afterwards.
   */
  publish(device: DeviceSuite, oneTime: readonly StoredKeyPackage[], lastResort: StoredKeyPackage | null): Promise<KeyPackageCount>;
  /** One package per device of the user that has any for the suite; one-time packages are removed as they are handed out. */
  claim(userId: string, suite: number): Promise<ClaimedKeyPackage[]>;
  count(device: DeviceSuite): Promise<KeyPackageCount>;
}

export interface DeviceSuite {
  userId: string;
  deviceId: string;
  suite: number;
}

export interface StoredKeyPackage {
  /** Unique per device (the SDK uses a hash of the package). */
  id: string;
  /** The encoded MLSMessage (wire format mls_key_package). */
  data: Uint8Array;
}

export interface ClaimedKeyPackage {
  deviceId: string;
  id: string;
  data: Uint8Array;
  lastResort: boolean;
}

export interface KeyPackageCount {
  available: number;
  hasLastResort: boolean;
}

export const KeyPackageLimits = {
  /** One-time packages a device may hold per suite; a publish beyond it is refused. */
  maxPerDevice: 200,
  /** Bytes of one encoded package (X-Wing packages are ~1.5 KB). */
  maxPackageBytes: 8 * 1024,
  /** Devices one user may have packages for; a claim reads at most this many. */
  maxDevices: 64,
} as const;
