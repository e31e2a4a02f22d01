import { createHash } from 'node:crypto';
import { ciphersuites, decodeMlsMessage, type MLSMessage } from 'ts-mls';
import { ChorusError, ErrorCode, parseDeviceIdentity } from '../protocol/mod.js';

/**
 * What the delivery service reads of MLS messages: only the parts RFC 9420 sends in the clear
 * (wire format, group id, epoch, content type; a key package's suite and credential). Nothing here
 * decrypts or verifies signatures: members' devices do that.
 */

export type MlsKind = 'application' | 'proposal' | 'commit' | 'welcome';

export interface MlsFraming {
  kind: MlsKind;
  /** Group id as text (Chorus uses the conversation id); '' for a welcome. */
  groupId: string;
  /** The epoch the message was framed in; -1 for a welcome (its epoch is encrypted). */
  epoch: number;
}

export function badMls(message: string): ChorusError {
  return new ChorusError(ErrorCode.BAD_MLS_MESSAGE, message);
}

function decodeWhole(bytes: Uint8Array): MLSMessage {
  let decoded: [MLSMessage, number] | undefined;
  try {
    decoded = decodeMlsMessage(bytes, 0);
  } catch {
    decoded = undefined;
  }
  if (decoded === undefined || decoded[1] !== bytes.length) throw badMls('not an MLS message');
  if (decoded[0].version !== 'mls10') throw badMls('not MLS 1.0');
  return decoded[0];
}

const text = new TextDecoder('utf-8', { fatal: true });

function groupText(id: Uint8Array): string {
  try {
    return text.decode(id);
  } catch {
    throw badMls('group id is not a conversation id');
  }
}

/** The framing of a message for a conversation's log: private or public message, or a welcome. */
export function readFraming(bytes: Uint8Array): MlsFraming {
  const m = decodeWhole(bytes);
  if (m.wireformat === 'mls_welcome') return { kind: 'welcome', groupId: '', epoch: -1 };
  if (m.wireformat === 'mls_private_message') {
    const p = m.privateMessage;
    return { kind: p.contentType, groupId: groupText(p.groupId), epoch: Number(p.epoch) };
  }
  if (m.wireformat === 'mls_public_message') {
    const c = m.publicMessage.content;
    // RFC 9420 6.2: application data is always encrypted.
    if (c.contentType === 'application') throw badMls('application messages must be private messages');
    return { kind: c.contentType, groupId: groupText(c.groupId), epoch: Number(c.epoch) };
  }
  throw badMls(`${m.wireformat} does not belong in a conversation's log`);
}

export interface KeyPackageInfo {
  suite: number;
  userId: string;
  deviceId: string;
  /** Hex SHA-256 of the encoded package: its id in the directory. */
  id: string;
}

/** A published key package: its suite and the device its basic credential names. */
export function readKeyPackage(bytes: Uint8Array): KeyPackageInfo {
  const m = decodeWhole(bytes);
  if (m.wireformat !== 'mls_key_package') throw badMls('not a key package');
  const kp = m.keyPackage;
  const cred = kp.leafNode.credential;
  if (cred.credentialType !== 'basic') throw badMls('key packages must carry a basic credential');
  let identity: string;
  try {
    identity = text.decode(cred.identity);
  } catch {
    throw badMls('credential identity is not text');
  }
  const who = parseDeviceIdentity(identity);
  if (who === null) throw badMls('credential identity must be "user/device"');
  return { suite: ciphersuites[kp.cipherSuite], ...who, id: createHash('sha256').update(bytes).digest('hex') };
}
