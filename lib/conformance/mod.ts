import { authChecks } from './auth.js';
import { badInputChecks } from './bad_input.js';
import { chatChecks } from './chat.js';
import { e2eeChecks } from './e2ee.js';
import { findingChecks } from './findings.js';
import { groupChecks } from './groups.js';
import type { Check } from './kit.js';
import { lifecycleChecks, notProducibleChecks } from './lifecycle.js';
import { logChecks } from './log.js';
import { mediaChecks } from './media.js';
import { presenceChecks } from './presence.js';
import { pressureChecks } from './pressure.js';
import { pushChecks } from './push.js';
import { receiptChecks } from './receipts.js';

export { type Check, DEFAULT_SETTINGS, NotApplicable, type Produces, type StoppableServer, type KitResult, type KitRun, type ServerSettings, runChecks } from './kit.js';
export { type Claims, DevEndpointTokens, SecretTokens, type TokenSource, devTokenUrlFor } from './tokens.js';
export { RawConnection, UpgradeRefused } from './raw.js';

/** Protocol v1 as runnable checks, in the order they are reported. */
export const ALL_CHECKS: readonly Check[] = [
  ...authChecks,
  ...chatChecks,
  ...receiptChecks,
  ...presenceChecks,
  ...logChecks,
  ...groupChecks,
  ...pushChecks,
  ...mediaChecks,
  ...e2eeChecks,
  ...badInputChecks,
  ...pressureChecks,
  ...findingChecks,
  ...notProducibleChecks,
  // Last: the stop checks may take a cluster node down.
  ...lifecycleChecks,
];
export { NOT_PRODUCIBLE } from './lifecycle.js';
