import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqlitePushPrefsStore, SqlitePushTokenStore, SqliteUnreadCounter } from '../../lib/push/mod.js';
import { SqliteStore } from '../../lib/storage/mod.js';
import { pushStateContract, type PushState } from './state_contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chorus-push-state-'));
const path = join(dir, 'chorus.db');

/** Opened as cmd/push.ts does: a connection of its own on the message store's file. */
function open(): PushState {
  const tokens = new SqlitePushTokenStore({ path });
  const prefs = new SqlitePushPrefsStore({ path });
  const unread = new SqliteUnreadCounter({ path });
  return { tokens, prefs, unread, close: async () => (await Promise.all([tokens.close(), prefs.close(), unread.close()]), undefined) };
}

pushStateContract('SQLite, in the message store’s file', {
  open: async () => {
    await new SqliteStore({ path }).close();
    return open();
  },
  reopen: async () => open(),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});
