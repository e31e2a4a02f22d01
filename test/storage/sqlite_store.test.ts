import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../lib/storage/mod.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-sqlite-'));
const path = join(dir, 'chorus.db');

storeContract('SqliteStore', {
  open: async () => new SqliteStore({ path }),
  reopen: async () => new SqliteStore({ path }),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});
