import { InvalidRecordError } from './errors.js';
import { type DeviceSuite, KeyPackageLimits, type StoredKeyPackage } from './key_packages.js';
import { checkKey } from './validate.js';

/** What every KeyPackageDirectory checks before it writes or reads. */
export function checkDeviceSuite(d: DeviceSuite): void {
  checkKey('userId', d.userId);
  checkKey('deviceId', d.deviceId);
  checkSuite(d.suite);
}

export function checkSuite(suite: number): void {
  if (!Number.isSafeInteger(suite) || suite < 1 || suite > 0xffff) throw new InvalidRecordError('suite must be an MLS cipher suite id (1-65535)');
}

export function checkPackages(oneTime: readonly StoredKeyPackage[], lastResort: StoredKeyPackage | null): void {
  if (oneTime.length > KeyPackageLimits.maxPerDevice) throw new InvalidRecordError(`at most ${KeyPackageLimits.maxPerDevice} key packages per device`);
  for (const p of lastResort === null ? oneTime : [...oneTime, lastResort]) {
    checkKey('key package id', p.id);
    if (!(p.data instanceof Uint8Array) || p.data.length === 0 || p.data.length > KeyPackageLimits.maxPackageBytes) {
      throw new InvalidRecordError(`a key package is 1 to ${KeyPackageLimits.maxPackageBytes} bytes`);
    }
  }
}
