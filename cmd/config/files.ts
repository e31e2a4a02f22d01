import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeySetError, type ParsedKeyFile, parseKeyFile } from '../../lib/auth/keys.js';
import { ConfigError } from './types.js';

/** A secret or key that an option names by file (keeps it out of argv and the environment). */
export function readSecretFile(flag: string, path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    throw new ConfigError(`--${flag}: cannot read ${path}`);
  }
}

export function readJwksFile(file: string): ParsedKeyFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`--jwt-jwks-file (CHORUS_JWT_JWKS_FILE): cannot read ${file}`);
  }
  try {
    return parseKeyFile(text);
  } catch (err) {
    if (err instanceof KeySetError) throw new ConfigError(`--jwt-jwks-file (CHORUS_JWT_JWKS_FILE): ${file} ${err.message}`);
    throw err;
  }
}

/** Dev mode: one generated secret per data dir, so tokens survive restarts. */
export function devJwtSecret(dataDir: string): Uint8Array {
  const file = join(dataDir, 'dev-jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
