export { ManualClock, monotonicClock, systemClock, type Clock, type Timer } from './clock.js';
export { abortReason, delay, withDeadline } from './deadline.js';
export { backoffMs } from './backoff.js';
export { bucketFull, fullBucket, takeToken, type TokenBucket } from './token_bucket.js';
