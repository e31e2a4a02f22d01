import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWK,
  type JWSHeaderParameters,
  type KeyObject,
  type CryptoKey,
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
} from 'jose';

/** JWS algorithms Chorus accepts; `none` is never one of them. */
export const SYMMETRIC_ALGORITHMS = ['HS256', 'HS384', 'HS512'] as const;
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
export type JwtAlgorithm = (typeof SYMMETRIC_ALGORITHMS)[number] | (typeof ASYMMETRIC_ALGORITHMS)[number];

export function isSymmetric(alg: string): boolean {
  return (SYMMETRIC_ALGORITHMS as readonly string[]).includes(alg);
}

export function isJwtAlgorithm(alg: string): alg is JwtAlgorithm {
  return isSymmetric(alg) || (ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg);
}

export type VerificationKey = CryptoKey | KeyObject;

/**
 * Public keys for asymmetric JWTs. `key` picks the key for a token's header (kid, alg) and may fetch
 * or re-read the set when the kid is unknown (key rotation), at most once per cooldown.
 */
export interface PublicKeySet {
  /**
   * Throws jose's JWKSNoMatchingKey when no key fits, JWKSMultipleMatchingKeys (iterable over the
   * candidates) when several do, and KeysUnavailableError when the set cannot be loaded.
   */
  key(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<VerificationKey>;
}

/** The key set could not be fetched or read: not the token's fault, retry later. */
export class KeysUnavailableError extends Error {
  override readonly name = 'KeysUnavailableError';
  readonly code = 'KEYS_UNAVAILABLE';
}

/** A key file or URL is not usable as configured. */
export class KeySetError extends Error {
  override readonly name = 'KeySetError';
  readonly code = 'BAD_KEY_SET';
}

export interface KeySetTiming {
  /** After a token with an unknown kid, the set is fetched again at most this often (ms). */
  cooldownMs: number;
  /** The set is fetched again when older than this, even when every kid is known (ms). */
  maxAgeMs: number;
}

/** Errors about the token (no key, several keys, an algorithm the set cannot serve), not about the set. */
function isTokenProblem(err: unknown): boolean {
  return err instanceof joseErrors.JWKSNoMatchingKey || err instanceof joseErrors.JWKSMultipleMatchingKeys || err instanceof joseErrors.JOSENotSupported;
}

/**
 * A JWKS served over HTTPS (an identity provider's `jwks_uri`), through jose's createRemoteJWKSet:
 * fetched on first use, cached for `maxAgeMs`, fetched again when a token names an unknown kid (at
 * most once per `cooldownMs`), concurrent fetches shared, redirects not followed.
 */
export class RemotePublicKeySet implements PublicKeySet {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(url: string, timing: KeySetTiming & { timeoutMs?: number; allowInsecure?: boolean }) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch (err) {
      throw new KeySetError(`JWKS URL is not a URL: "${url}"`, { cause: err });
    }
    if (parsed.protocol !== 'https:' && !(timing.allowInsecure === true && parsed.protocol === 'http:')) {
      throw new KeySetError(`JWKS URL must be https:// (got "${url}")`);
    }
    this.jwks = createRemoteJWKSet(parsed, { cooldownDuration: timing.cooldownMs, cacheMaxAge: timing.maxAgeMs, timeoutDuration: timing.timeoutMs ?? 5_000 });
  }

  async key(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<VerificationKey> {
    try {
      return await this.jwks(header, token);
    } catch (err) {
      if (isTokenProblem(err)) throw err;
      throw new KeysUnavailableError('cannot load the JWKS', { cause: err });
    }
  }
}

/** The parsed contents of a key file: a JWKS, or PEM public keys (which carry no kid). */
export interface ParsedKeyFile {
  jwks: JSONWebKeySet;
  /** PEM keys have no kid: they are chosen by algorithm alone, whatever kid a token names. */
  ignoreKid: boolean;
}

/**
 * Parses a JWKS document (`{"keys": [...]}`) or one or more PEM public keys (SPKI `PUBLIC KEY` or
 * PKCS#1 `RSA PUBLIC KEY` blocks). Private keys are refused: the server only verifies.
 */
export function parseKeyFile(text: string): ParsedKeyFile {
  const trimmed = text.trim();
  return trimmed.startsWith('{') ? parseJwks(trimmed) : parsePem(trimmed);
}

function parseJwks(text: string): ParsedKeyFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new KeySetError('is neither valid JSON nor PEM', { cause: err });
  }
  const keys = (doc as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new KeySetError('is not a JWKS: it needs a non-empty "keys" array');
  for (const k of keys as unknown[]) checkPublicJwk(k);
  const jwks = doc as JSONWebKeySet;
  checkLocalSet(jwks);
  return { jwks, ignoreKid: false };
}

function checkPublicJwk(k: unknown): void {
  if (typeof k !== 'object' || k === null || typeof (k as JWK).kty !== 'string') throw new KeySetError('has a key without "kty"');
  if ((k as JWK).d !== undefined || (k as JWK).kty === 'oct') throw new KeySetError('holds a private or symmetric key; give public keys only');
}

function parsePem(text: string): ParsedKeyFile {
  const blocks = text.match(/-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g);
  if (blocks === null) throw new KeySetError('is neither a JWKS (JSON) nor PEM');
  const jwks = { keys: blocks.map(pemPublicKey) } as JSONWebKeySet;
  checkLocalSet(jwks);
  return { jwks, ignoreKid: true };
}

function pemPublicKey(block: string): JWK {
  if (block.includes('PRIVATE KEY')) throw new KeySetError('holds a private key; give the public key only');
  try {
    return createPublicKey(block).export({ format: 'jwk' }) as JWK;
  } catch (err) {
    throw new KeySetError('has a PEM block that is not a public key', { cause: err });
  }
}

function checkLocalSet(jwks: JSONWebKeySet): void {
  try {
    createLocalJWKSet(jwks);
  } catch (err) {
    throw new KeySetError('is not a valid JWKS', { cause: err });
  }
}

/**
 * Public keys from a local file (a mounted Secret or ConfigMap): a JWKS or PEM keys. The file is
 * read again when a token names an unknown kid (at most once per `cooldownMs`) and when the copy in
 * memory is older than `maxAgeMs`, so keys rotate by replacing the file, without a restart. A file
 * that turns unreadable or invalid keeps the previous keys in use.
 */
export class FilePublicKeySet implements PublicKeySet {
  private local: ReturnType<typeof createLocalJWKSet>;
  private ignoreKid: boolean;
  private loadedAt: number;
  private text: string | null = null;
  private reloading: Promise<void> | null = null;
  /** Why the last reload failed (the previous keys stayed in use), or null. */
  lastError: Error | null = null;

  constructor(
    private readonly path: string,
    initial: ParsedKeyFile,
    private readonly timing: KeySetTiming,
    private readonly now: () => number = Date.now,
  ) {
    this.local = createLocalJWKSet(initial.jwks);
    this.ignoreKid = initial.ignoreKid;
    this.loadedAt = now();
  }

  async key(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<VerificationKey> {
    if (this.now() - this.loadedAt >= this.timing.maxAgeMs) await this.reload();
    try {
      return await this.pick(header, token);
    } catch (err) {
      if (!(err instanceof joseErrors.JWKSNoMatchingKey) || this.now() - this.loadedAt < this.timing.cooldownMs) throw err;
      await this.reload();
      return this.pick(header, token);
    }
  }

  private pick(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<VerificationKey> {
    if (!this.ignoreKid) return this.local(header, token);
    const byAlgorithm = { ...header };
    delete byAlgorithm.kid;
    return this.local(byAlgorithm, token);
  }

  private reload(): Promise<void> {
    this.reloading ??= this.read().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  private async read(): Promise<void> {
    this.loadedAt = this.now();
    try {
      const text = await readFile(this.path, 'utf8');
      if (text === this.text) return;
      const parsed = parseKeyFile(text);
      this.local = createLocalJWKSet(parsed.jwks);
      this.ignoreKid = parsed.ignoreKid;
      this.text = text;
      this.lastError = null;
    } catch (err) {
      this.lastError = err instanceof Error ? err : new Error(String(err));
    }
  }
}

/** Where the public keys come from, as configured (cmd/config.ts builds it, checked). */
export type KeySetSpec =
  | ({ kind: 'url'; url: string; allowInsecure: boolean } & KeySetTiming)
  | ({ kind: 'file'; path: string; initial: ParsedKeyFile } & KeySetTiming);

export function openPublicKeySet(spec: KeySetSpec | null): PublicKeySet | null {
  if (spec === null) return null;
  const timing = { cooldownMs: spec.cooldownMs, maxAgeMs: spec.maxAgeMs };
  return spec.kind === 'url' ? new RemotePublicKeySet(spec.url, { ...timing, allowInsecure: spec.allowInsecure }) : new FilePublicKeySet(spec.path, spec.initial, timing);
}
