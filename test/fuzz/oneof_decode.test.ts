import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Message, Type } from 'protobufjs';
import { decodeClientFrame, decodeServerFrame, encodeClientFrame, encodeServerFrame } from '../../lib/protocol/mod.js';

// The generated code uses its own oneof setter (scripts/gen-proto.mjs); protobufjs' reflection
// decoder uses the library's. Both must read every frame the same way, including frames that
// carry several members of one oneof, where the last one on the wire wins. (Distinct members only:
// a repeated member merges in generated code and replaces in reflection, a difference of protobufjs.)
const require = createRequire(import.meta.url);
const protobuf = require('protobufjs') as { loadSync(path: string): { lookupType(name: string): Type } };
const root = protobuf.loadSync(join(process.cwd(), 'proto/chorus/v1/client.proto'));
const reflectedServer = root.lookupType('chorus.v1.ServerFrame');
const reflectedClient = root.lookupType('chorus.v1.ClientFrame');
const asObject = { longs: Number, defaults: false, oneofs: true } as const;

function plain(type: Type, frame: object): Record<string, unknown> {
  return type.toObject(frame as Message, asObject);
}

const text = fc.string({ maxLength: 40 });
const serverBodies = fc.oneof(
  fc.record({ message: fc.record({ conversationId: text, seq: fc.nat(1e6), senderId: text, text }) }),
  fc.record({ ack: fc.record({ conversationId: text, seq: fc.nat(1e6), clientId: text }) }),
  fc.record({ error: fc.record({ code: fc.nat(2000), message: text }) }),
  fc.record({ typing: fc.record({ conversationId: text, userId: text }) }),
  fc.record({ pong: fc.constant({}) }),
);
const clientBodies = fc.oneof(
  fc.record({ send: fc.record({ conversationId: text, clientId: text, text }) }),
  fc.record({ typing: fc.record({ conversationId: text }) }),
  fc.record({ ping: fc.constant({}) }),
  fc.record({ receipt: fc.record({ conversationId: text, seq: fc.nat(1e6), kind: fc.nat(3) }) }),
);

function concat(parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts.map((p) => Buffer.from(p)));
}

describe('generated oneof decoding', () => {
  it('server frames decode as protobufjs reflection decodes them, the last member winning', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.uniqueArray(serverBodies, { minLength: 1, maxLength: 3, selector: (b) => Object.keys(b)[0] }), (id, bodies) => {
        const bytes = concat(bodies.map((b, i) => encodeServerFrame({ ...(i === 0 ? { id } : {}), ...b })));
        const ours = decodeServerFrame(bytes);
        const last = Object.keys(bodies.at(-1)!)[0]!;
        assert.equal(ours.body, last);
        assert.deepEqual(plain(reflectedServer, ours), plain(reflectedServer, reflectedServer.decode(bytes)));
        for (const b of bodies) {
          const k = Object.keys(b)[0]!;
          if (k !== last) assert.equal((ours as unknown as Record<string, unknown>)[k], null, `${k} cleared by ${last}`);
        }
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });

  it('client frames decode as protobufjs reflection decodes them, the last member winning', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.uniqueArray(clientBodies, { minLength: 1, maxLength: 3, selector: (b) => Object.keys(b)[0] }), (id, bodies) => {
        const bytes = concat(bodies.map((b, i) => encodeClientFrame({ ...(i === 0 ? { id } : {}), ...b })));
        const ours = decodeClientFrame(bytes);
        assert.equal(ours.body, Object.keys(bodies.at(-1)!)[0]);
        assert.deepEqual(plain(reflectedClient, ours), plain(reflectedClient, reflectedClient.decode(bytes)));
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
