import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { SessionLog } from '../../lib/gateway/session_log.js';

function capture(level: string): { log: pino.Logger; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(chunk.toString());
      done();
    },
  });
  return { log: pino({ level }, stream), lines: () => out.join('').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('SessionLog', () => {
  it('writes session open, close and refusals at info, with user, device and codes', () => {
    const { log, lines } = capture('info');
    const s = new SessionLog(log, () => 0);
    s.opened('alice', 'web-1');
    s.refused('alice', 'send', 'NOT_MEMBER');
    s.closed('alice', 'web-1', 1001);
    assert.deepEqual(
      lines().map((l) => [l['msg'], l['user'], l['device'] ?? l['frame'], l['code']]),
      [
        ['session opened', 'alice', 'web-1', undefined],
        ['request refused', 'alice', 'send', 'NOT_MEMBER'],
        ['session closed', 'alice', 'web-1', 1001],
      ],
    );
  });

  it('is sampled: at most perSecond lines a second, the next line says how many were skipped', () => {
    const { log, lines } = capture('info');
    let now = 1_000;
    const s = new SessionLog(log, () => now, 5);
    for (let i = 0; i < 50; i++) s.refused(`u${i}`, 'send', 'RATE_LIMITED');
    assert.equal(lines().length, 5);
    now += 1_000;
    s.opened('bob', 'd');
    const last = lines().at(-1)!;
    assert.equal(last['msg'], 'session opened');
    assert.equal(last['skipped'], 45);
  });

  it('writes nothing below info', () => {
    const { log, lines } = capture('warn');
    new SessionLog(log, () => 0).opened('alice', 'web-1');
    assert.deepEqual(lines(), []);
  });
});
