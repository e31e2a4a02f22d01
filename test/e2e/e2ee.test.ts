/**
 * End-to-end encryption against a real server on real sockets (one process, SQLite): MLS groups
 * over the conversation log, key packages from the directory, devices that join late or are
 * removed, concurrent commits, bad handshake messages, and a scan of everything the server stored
 * and logged for the plaintexts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import WebSocket from 'ws';
import { loadConfig } from '../../cmd/config.js';
import { type RunningNode, startNode } from '../../cmd/node.js';
import { DevTokenIssuer } from '../../lib/auth/tokens.js';
import { ChorusClient, ErrorCode, ServerError, type WebSocketConstructor } from '../../lib/client/mod.js';
import { MemoryDeviceStore } from '../../lib/client/mls/device_store.js';
import { E2eeClient, type E2eeMessage, type Undecryptable } from '../../lib/client/mls/e2ee_client.js';
import { MlsDevice } from '../../lib/client/mls/device.js';
import { TEST_SECRET, until } from '../../testing/node.js';

interface Dev {
  name: string;
  client: ChorusClient;
  e2ee: E2eeClient;
  store: MemoryDeviceStore;
  messages: E2eeMessage[];
  unreadable: Undecryptable[];
  joined: Set<string>;
  errors: Error[];
  raw: { seq: number; kind: number; message: Uint8Array }[];
}

const texts = (d: Dev, cid: string): string[] => d.messages.filter((m) => m.conversationId === cid).map((m) => m.text);

describe('end-to-end encrypted conversations (MLS) on a real server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-e2ee-'));
  const logged: string[] = [];
  let node: RunningNode;
  let url: string;
  let issuer: DevTokenIssuer;
  const devs: Dev[] = [];

  before(async () => {
    const config = loadConfig(['--port', '0', '--admin-port', '0', '--connect-rate', '100000', '--data-dir', dir, '--jwt-secret', TEST_SECRET, '--sqlite-sync', 'NORMAL'], {});
    // Everything the server logs, at the most verbose level, is kept for the plaintext scan.
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (logged.push(chunk.toString()), done()) });
    node = await startNode(config, pino({ level: 'trace' }, sink));
    url = `ws://127.0.0.1:${node.port}/v1/ws`;
    issuer = new DevTokenIssuer(config.jwt, 3600);
  });

  after(async () => {
    for (const d of devs) {
      d.e2ee.stop();
      d.client.close();
    }
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function device(user: string, deviceId: string, suite?: number, maxMessageBytes?: number): Promise<Dev> {
    const client = new ChorusClient({ url, token: await issuer.issue(user), deviceId, WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect: { minDelayMs: 20, maxDelayMs: 200 } });
    const store = new MemoryDeviceStore();
    const e2ee = new E2eeClient({ client, userId: user, deviceId, store, keyPackages: 5, selfUpdateMs: 0, ...(suite ? { suite } : {}), ...(maxMessageBytes ? { maxMessageBytes } : {}) });
    const d: Dev = { name: `${user}/${deviceId}`, client, e2ee, store, messages: [], unreadable: [], joined: new Set(), errors: [], raw: [] };
    e2ee.on('message', (m) => d.messages.push(m));
    e2ee.on('undecryptable', (u) => d.unreadable.push(u));
    e2ee.on('joined', (id) => d.joined.add(id));
    e2ee.on('error', (err) => (d.errors.push(err), process.env['E2EE_DEBUG'] && console.error(d.name, err.message)));
    client.on('message', (m) => {
      if (m.mls) d.raw.push({ seq: Number(m.seq), kind: m.mls.kind ?? 0, message: m.mls.message ?? new Uint8Array(0) });
    });
    await client.connect();
    await e2ee.start();
    devs.push(d);
    return d;
  }

  const SECRETS = ['alpha-7f3e plaintext', 'beta-91ac plaintext', 'gamma-before-carol', 'delta-from-carol', 'epsilon-after-removal', 'zeta-after-concurrent', 'eta-after-bad-input', 'theta-after-carol-left'];

  it('publishing key packages checks the credential against the session, and suites', async () => {
    const eve = await device('eve', 'tablet');
    const forged = await new MlsDevice('ann', 'phone', new MemoryDeviceStore()).newKeyPackages(1, 1, false);
    await assert.rejects(eve.client.call({ publishKeyPackages: { suite: 1, keyPackages: forged.oneTime } }), code(ErrorCode.BAD_MLS_MESSAGE));
    const otherDevice = await new MlsDevice('eve', 'phone', new MemoryDeviceStore()).newKeyPackages(1, 1, false);
    await assert.rejects(eve.client.call({ publishKeyPackages: { suite: 1, keyPackages: otherDevice.oneTime } }), code(ErrorCode.BAD_MLS_MESSAGE));
    const own = await eve.e2ee.device.newKeyPackages(1, 1, false);
    await assert.rejects(eve.client.call({ publishKeyPackages: { suite: 83, keyPackages: own.oneTime } }), code(ErrorCode.BAD_MLS_MESSAGE));
    await assert.rejects(eve.client.call({ publishKeyPackages: { suite: 2, keyPackages: own.oneTime } }), code(ErrorCode.BAD_MLS_MESSAGE));
    await assert.rejects(eve.client.call({ publishKeyPackages: { suite: 1, keyPackages: [new Uint8Array([0, 1, 0, 5])] } }), code(ErrorCode.BAD_MLS_MESSAGE));
  });

  it('an encrypted direct chat on the post-quantum suite (X-Wing), its welcome sent in parts', async () => {
    // 1 KiB messages: the X-Wing welcome (its ratchet tree holds ML-KEM keys) goes in several parts.
    const una = await device('una', 'phone', 83, 1024);
    const vic = await device('vic', 'phone', 83);
    const conv = await una.e2ee.createEncryptedDirect('vic');
    assert.match(conv.id, /^ed\.83\./);
    await until(() => vic.joined.has(conv.id), 'vic joins');
    const pieces = vic.raw.filter((r) => r.kind === 4);
    assert.ok(pieces.length >= 3, `the welcome came in ${pieces.length} parts`);
    // A first piece that does not start like a welcome, or too many pieces, are refused.
    await assert.rejects(una.client.call({ sendMls: { conversationId: conv.id, clientId: 'w1', message: new Uint8Array([0, 1, 0, 2, 7]), welcomeTo: ['vic/phone'], part: 0, parts: 2 } }), code(ErrorCode.BAD_MLS_MESSAGE));
    await assert.rejects(una.client.call({ sendMls: { conversationId: conv.id, clientId: 'w2', message: new Uint8Array([1]), welcomeTo: ['vic/phone'], part: 0, parts: 65 } }), code(ErrorCode.INVALID_ARGUMENT));
    await vic.e2ee.send(conv.id, 'quantum hello');
    await una.e2ee.edit(conv.id, 1, 'edited');
    for (const d of [una, vic]) await until(() => texts(d, conv.id).length === 2, `${d.name} reads`);
    assert.deepEqual(una.messages.map((m) => m.payload.t), ['text', 'edit']);
    assert.deepEqual(await una.e2ee.fingerprint(83), (await vic.e2ee.devices(conv.id)).find((x) => x.userId === 'una')!.fingerprint);
  });
  it('two people starting the same encrypted direct chat at once end up in one group', async () => {
    const wes = await device('wes', 'phone');
    const xia = await device('xia', 'phone');
    const [a, b] = await Promise.all([wes.e2ee.createEncryptedDirect('xia'), xia.e2ee.createEncryptedDirect('wes')]);
    assert.equal(a.id, b.id);
    await until(() => wes.joined.has(a.id) || xia.joined.has(a.id), 'the second one joins the first one’s group');
    await wes.e2ee.send(a.id, 'one group?');
    await xia.e2ee.send(a.id, 'one group.');
    for (const d of [wes, xia]) await until(() => texts(d, a.id).length === 2, `${d.name} reads both`);
    assert.deepEqual(texts(wes, a.id), texts(xia, a.id));
    assert.equal(await wes.e2ee.epoch(a.id), await xia.e2ee.epoch(a.id));
  });

  // Last: it stops the server to scan its files.
  it('two users with two devices each, a third user later, a removed device, concurrent commits, bad input, and nothing readable on the server', async () => {
    const annPhone = await device('ann', 'phone');
    const annLaptop = await device('ann', 'laptop');
    const bobPhone = await device('bob', 'phone');
    const bobLaptop = await device('bob', 'laptop');

    const conv = await annPhone.e2ee.createEncryptedGroup('', ['bob']);
    assert.equal(conv.e2eeSuite, 1);
    assert.match(conv.id, /^eg\.1\./);
    const cid = conv.id;
    for (const d of [annLaptop, bobPhone, bobLaptop]) await until(() => d.joined.has(cid), `${d.name} joins`);
    const everyone = [annPhone, annLaptop, bobPhone, bobLaptop];

    if (process.env['E2EE_DEBUG']) console.error('joined all');
    await annPhone.e2ee.send(cid, SECRETS[0]!);
    await bobLaptop.e2ee.send(cid, SECRETS[1]!);
    for (const d of everyone) await until(() => texts(d, cid).length === 2, `${d.name} reads two messages`);
    for (const d of everyone) assert.deepEqual(texts(d, cid), [SECRETS[0], SECRETS[1]], d.name);

    // Carol joins later: what was sent before her welcome stays unreadable to her.
    const carol = await device('carol', 'phone');
    await bobPhone.e2ee.send(cid, SECRETS[2]!);
    await annLaptop.e2ee.addMembers(cid, ['carol']);
    await until(() => carol.joined.has(cid), 'carol joins');
    await carol.e2ee.send(cid, SECRETS[3]!);
    const five = [...everyone, carol];
    for (const d of five) await until(() => texts(d, cid).includes(SECRETS[3]!), `${d.name} reads carol`);
    assert.deepEqual(texts(carol, cid), [SECRETS[3]]);
    assert.equal(carol.unreadable.filter((u) => u.conversationId === cid).length, 3, 'carol cannot read the three earlier messages');

    // Bob's phone removes his laptop: the laptop reads nothing sent after that commit.
    await bobPhone.e2ee.removeDevice(cid, 'bob', 'laptop');
    await annPhone.e2ee.send(cid, SECRETS[4]!);
    const active = [annPhone, annLaptop, bobPhone, carol];
    for (const d of active) await until(() => texts(d, cid).includes(SECRETS[4]!), `${d.name} reads after removal`);
    await until(() => bobLaptop.unreadable.some((u) => u.seq > 0 && u.senderId === 'ann' && u.reason.includes('removed')), 'the removed laptop cannot read');
    assert.ok(!texts(bobLaptop, cid).includes(SECRETS[4]!));
    assert.deepEqual((await annPhone.e2ee.devices(cid)).map((x) => `${x.userId}/${x.deviceId}`).sort(), ['ann/laptop', 'ann/phone', 'bob/phone', 'carol/phone']);

    // Three devices commit at once: one wins each epoch, the others rebuild on it; all end at one epoch.
    const start = await annPhone.e2ee.epoch(cid);
    await Promise.all([annLaptop.e2ee.updateKeys(cid), carol.e2ee.updateKeys(cid), bobPhone.e2ee.updateKeys(cid)]);
    await waitEpoch(active, cid, start + 3);
    assert.ok(active.reduce((n, d) => n + d.e2ee.stats.staleRetries, 0) >= 2, 'two of the three commits were refused as stale and made again');
    await bobPhone.e2ee.send(cid, SECRETS[5]!);
    for (const d of active) await until(() => texts(d, cid).includes(SECRETS[5]!), `${d.name} reads after concurrent commits`);

    // A malicious client: garbage, a replayed commit, plain text, a server-side member change.
    const mallory = bobPhone.client;
    const oldCommit = bobPhone.raw.find((r) => r.kind === 3)!;
    await assert.rejects(mallory.call({ sendMls: { conversationId: cid, clientId: 'bad-1', message: new Uint8Array([1, 2, 3, 4]) } }), code(ErrorCode.BAD_MLS_MESSAGE));
    await assert.rejects(mallory.call({ sendMls: { conversationId: cid, clientId: 'bad-2', message: oldCommit.message } }), code(ErrorCode.MLS_STALE_EPOCH));
    await assert.rejects(mallory.send(cid, 'plain text here'), code(ErrorCode.ENCRYPTED_CONVERSATION));
    await assert.rejects(mallory.updateGroup(cid, { add: ['dave'] }), code(ErrorCode.ENCRYPTED_CONVERSATION));
    await assert.rejects(mallory.react(cid, 1, '👍'), code(ErrorCode.ENCRYPTED_CONVERSATION));
    await carol.e2ee.send(cid, SECRETS[6]!);
    for (const d of active) await until(() => texts(d, cid).includes(SECRETS[6]!), `${d.name} reads after bad input`);
    for (const d of active) assert.deepEqual(d.errors, [], `${d.name} saw no errors`);

    // Removing a user is a commit; the server mirrors it: carol gets no more entries and may not send.
    let carolRemoved = false;
    carol.client.on('removed', (r) => (carolRemoved ||= r.conversationId === cid));
    await annPhone.e2ee.removeMember(cid, 'carol');
    await until(() => carolRemoved, 'carol is told she was removed');
    await annLaptop.e2ee.send(cid, SECRETS[7]!);
    const remaining = [annPhone, annLaptop, bobPhone];
    for (const d of remaining) await until(() => texts(d, cid).includes(SECRETS[7]!), `${d.name} reads after carol left`);
    assert.ok(!texts(carol, cid).includes(SECRETS[7]!));
    await assert.rejects(carol.client.call({ sendMls: { conversationId: cid, clientId: 'late', message: oldCommit.message } }), code(ErrorCode.FORBIDDEN));
    assert.deepEqual((await annLaptop.e2ee.devices(cid)).map((x) => x.userId).sort(), ['ann', 'ann', 'bob']);

    // Nothing the server stored or logged holds a plaintext.
    await node.stop();
    const haystack = [...readAll(dir), Buffer.from(logged.join(''))];
    assert.ok(logged.length > 10, 'the server logged');
    for (const secret of SECRETS) {
      for (const hay of haystack) assert.equal(hay.indexOf(secret), -1, `"${secret}" found in what the server kept`);
    }
    // The ciphertexts are there (the scan looks at the right files).
    assert.ok(haystack.some((h) => h.indexOf(Buffer.from(oldCommit.message).toString('base64').slice(0, 40)) >= 0));
  });

});

async function waitEpoch(devs: Dev[], cid: string, epoch: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const epochs = await Promise.all(devs.map((d) => d.e2ee.epoch(cid)));
    if (epochs.every((e) => e === epochs[0] && e >= epoch)) return;
    if (Date.now() > deadline) assert.fail(`devices at different epochs: ${epochs.join(', ')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function code(c: ErrorCode): (err: unknown) => boolean {
  return (err) => err instanceof ServerError && err.code === c;
}

function readAll(dir: string): Buffer[] {
  const out: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...readAll(p));
    else out.push(readFileSync(p));
  }
  return out;
}
