/**
 * The node-to-node transport on Unix sockets, as the gateway processes of one machine use it
 * (cmd/local_peers.ts): member records take `unix:/absolute/path` addresses, a Remote listening on
 * one reports that address, and peers exchange requests over it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InvalidMemberError, checkMember } from '../../lib/cluster/mod.js';
import { Remote } from '../../lib/cluster/remote/mod.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

describe('the cluster transport on Unix sockets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-unix-'));
  const running: Remote[] = [];
  after(async () => {
    for (const r of running) await r.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('member records take unix:/absolute/path and refuse a relative one', () => {
    const m = { id: 'n-g1', grpcAddress: `unix:${join(dir, '1.sock')}`, roles: ['gateway'], zone: '', weight: 1 };
    assert.equal(checkMember(m).grpcAddress, m.grpcAddress);
    assert.throws(() => checkMember({ ...m, grpcAddress: 'unix:relative.sock' }), InvalidMemberError);
    assert.throws(() => checkMember({ ...m, grpcAddress: 'unix:/with space' }), InvalidMemberError);
  });

  it('a Remote listening on a socket reports its address and answers requests there', async () => {
    const start = async (id: string, file: string): Promise<Remote> => {
      const r = new Remote({ nodeId: id, listen: `unix:${join(dir, file)}` });
      running.push(r);
      assert.equal(await r.start(), `unix:${join(dir, file)}`);
      return r;
    };
    const a = await start('a', '0.sock');
    const b = await start('b', '1.sock');
    b.handle('echo', { request: (m) => enc.encode(`${m.from}:${dec.decode(m.payload)}`), tell: () => {} });
    const reply = await a.request({ id: 'b', grpcAddress: b.address }, { kind: 'echo', key: 'k' }, 'say', enc.encode('hi'));
    assert.equal(dec.decode(reply), 'a:hi');
  });
});
