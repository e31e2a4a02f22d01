import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientClosedError, ConnectionLostError, ErrorCode, RequestTimeoutError, ServerError } from '../../lib/client/mod.js';
import { closeText, DOINGS, humanError, PageError } from '../../web/errors.js';

// What the page says when something fails: every server code, in every action, reads as a sentence
// for a person and never repeats the server's own text (which is written for developers).

const SERVER_TEXT = 'a direct conversation has exactly one other member';
const codes = Object.values(ErrorCode).filter((v): v is ErrorCode => typeof v === 'number' && v !== ErrorCode.ERROR_CODE_UNSPECIFIED);

function assertSentence(text: string, what: string): void {
  assert.match(text, /^[A-Z“][^]*[.?]$/u, `${what}: "${text}" is not a sentence`);
  assert.ok(!text.includes(SERVER_TEXT), `${what}: shows the server's text`);
}

describe('page wording of errors', () => {
  it('every error code, in every action, is a sentence of its own, not the server message', (t) => {
    t.mock.method(console, 'warn', () => {});
    assert.ok(codes.length >= 15, 'the codes come from the protocol enum');
    for (const code of codes) {
      for (const doing of DOINGS) assertSentence(humanError(new ServerError(code, SERVER_TEXT, 0), doing), `${ErrorCode[code]} while ${doing}`);
    }
    for (const err of [new ConnectionLostError('x'), new RequestTimeoutError('x'), new ClientClosedError('x'), new TypeError('Failed to fetch'), 'a string']) {
      for (const doing of DOINGS) assertSentence(humanError(err, doing), `${String(err)} while ${doing}`);
    }
  });

  it('says what went wrong for the action at hand', (t) => {
    t.mock.method(console, 'warn', () => {});
    const e = (code: ErrorCode): ServerError => new ServerError(code, SERVER_TEXT, 0);
    assert.match(humanError(e(ErrorCode.FORBIDDEN), 'edit'), /only your own messages/);
    assert.match(humanError(e(ErrorCode.FORBIDDEN), 'react'), /no longer a member/);
    assert.match(humanError(e(ErrorCode.FORBIDDEN), 'roles'), /owner/);
    assert.match(humanError(e(ErrorCode.NOT_FOUND), 'react'), /deleted/);
    assert.match(humanError(e(ErrorCode.RATE_LIMITED), 'login'), /too many tabs or devices/);
    assert.match(humanError(e(ErrorCode.RATE_LIMITED), 'send'), /too fast/);
    assert.match(humanError(e(ErrorCode.UNAVAILABLE), 'load'), /Try again/);
    assert.match(humanError(new TypeError('Failed to fetch'), 'login'), /Cannot reach/);
  });

  it("passes the page's own refusals through as written", () => {
    assert.equal(humanError(new PageError('A group needs a name.'), 'manage'), 'A group needs a name.');
  });

  it('explains every documented close code in the connection badge', () => {
    for (const code of [1000, 1001, 1006, 4001, 4003, 4004, 4005, 4008, 4100, 4101, 4102, 4103]) assertSentence(closeText(code), `close ${code}`);
    assert.match(closeText(1006), /network/);
  });
});
