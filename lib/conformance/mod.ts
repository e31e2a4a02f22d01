import { authChecks } from './auth.js';
import { badInputChecks } from './bad_input.js';
import { chatChecks } from './chat.js';
import { findingChecks } from './findings.js';
import type { Check } from './kit.js';
import { pushChecks } from './push.js';
import { receiptChecks } from './receipts.js';

export { type Check, DEFAULT_SETTINGS, type KitResult, type KitRun, type ServerSettings, runChecks } from './kit.js';
export { type Claims, DevEndpointTokens, SecretTokens, type TokenSource, devTokenUrlFor } from './tokens.js';
export { RawConnection, UpgradeRefused } from './raw.js';

/** Protocol v1 as runnable checks, in the order they are reported. */
export const ALL_CHECKS: readonly Check[] = [...authChecks, ...chatChecks, ...receiptChecks, ...pushChecks, ...badInputChecks, ...findingChecks];
