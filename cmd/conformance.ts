#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ALL_CHECKS, DEFAULT_SETTINGS, DevEndpointTokens, SecretTokens, type ServerSettings, type TokenSource, devTokenUrlFor, runChecks } from '../lib/conformance/mod.js';

const USAGE = `usage: npm run conformance -- ws://host:port/v1/ws [options]

Checks a server against protocol v1 (docs/protocol.md) over raw frames. Prints one line per check,
then "K skipped" and "N passed, M failed"; exits 1 if any check failed, 2 on bad options.

Tokens (one of):
  --dev-token-url URL      POST {"user"} here for tokens (default: /dev/token of the ws URL's host)
  --jwt-secret S           mint HS256 tokens with the server's secret (enables the odd-token checks)
  --jwt-issuer I, --jwt-audience A   claims for minted tokens (default: chorus)
What the server runs with, where the protocol does not say (unset: documented defaults, or skipped):
  --idle-timeout-sec N     run the idle check (only when N <= 90)
  --expiry-grace-sec N     run the token-expiry close check (only when N <= 10)
  --refresh-notice-sec N   (default ${DEFAULT_SETTINGS.refreshNoticeSec})
  --max-bad-frames N       (default ${DEFAULT_SETTINGS.maxBadFrames})
  --frame-burst N          (default ${DEFAULT_SETTINGS.frameBurst})
  --max-backpressure-bytes N   (default ${DEFAULT_SETTINGS.maxBackpressureBytes}; the slow-consumer check sends a few times this)
  --jwks-unreachable       the server's --jwt-jwks-url does not answer: run the UNAVAILABLE / 4102 checks
  --group G                only this group (repeatable)`;

function main(): Promise<number> | number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dev-token-url': { type: 'string' },
        'jwt-secret': { type: 'string' },
        'jwt-issuer': { type: 'string', default: 'chorus' },
        'jwt-audience': { type: 'string', default: 'chorus' },
        'idle-timeout-sec': { type: 'string' },
        'expiry-grace-sec': { type: 'string' },
        'refresh-notice-sec': { type: 'string' },
        'max-bad-frames': { type: 'string' },
        'frame-burst': { type: 'string' },
        'max-backpressure-bytes': { type: 'string' },
        'jwks-unreachable': { type: 'boolean' },
        group: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`conformance: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help === true) {
    console.log(USAGE);
    return 0;
  }
  const url = positionals[0];
  if (url === undefined || !/^wss?:\/\//.test(url) || positionals.length > 1) {
    console.error(`conformance: give one ws:// or wss:// URL\n\n${USAGE}`);
    return 2;
  }
  const int = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  let server: ServerSettings;
  try {
    const idle = int('idle-timeout-sec', v['idle-timeout-sec']);
    const grace = int('expiry-grace-sec', v['expiry-grace-sec']);
    server = {
      maxBadFrames: int('max-bad-frames', v['max-bad-frames']) ?? DEFAULT_SETTINGS.maxBadFrames,
      frameBurst: int('frame-burst', v['frame-burst']) ?? DEFAULT_SETTINGS.frameBurst,
      refreshNoticeSec: int('refresh-notice-sec', v['refresh-notice-sec']) ?? DEFAULT_SETTINGS.refreshNoticeSec,
      maxBackpressureBytes: int('max-backpressure-bytes', v['max-backpressure-bytes']) ?? DEFAULT_SETTINGS.maxBackpressureBytes,
      ...(v['jwks-unreachable'] === true ? { jwksUnreachable: true } : {}),
      ...(idle !== undefined ? { idleTimeoutSec: idle } : {}),
      ...(grace !== undefined ? { expiryGraceSec: grace } : {}),
    };
  } catch (err) {
    console.error(`conformance: ${(err as Error).message}`);
    return 2;
  }
  const devUrl = v['dev-token-url'] ?? devTokenUrlFor(url);
  const secret = v['jwt-secret'];
  // With a secret the kit mints its own tokens; the /dev/token checks still run against the given URL
  // when it was given explicitly.
  const tokens: TokenSource = secret !== undefined ? new SecretTokens(secret, v['jwt-issuer'], v['jwt-audience']) : new DevEndpointTokens(devUrl);
  if (secret === undefined || v['dev-token-url'] !== undefined) server.devTokenUrl = devUrl;
  return runChecks(ALL_CHECKS, { url, tokens, server, groups: v.group ?? [], print: (line) => console.log(line) }).then((r) => (r.failed > 0 ? 1 : 0));
}

Promise.resolve(main()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`conformance: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
