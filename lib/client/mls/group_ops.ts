import {
  type ClientState,
  type Proposal,
  acceptAll,
  createApplicationMessage,
  createCommit,
  decodeMlsMessage,
  emptyPskIndex,
  encodeMlsMessage,
  processMessage,
  zeroOutUint8Array,
} from 'ts-mls';
import { parseDeviceIdentity } from '../../protocol/mod.js';
import { hex } from './bytes.js';
import { suiteImpl } from './device.js';

/** The MLS operations the SDK performs on a group state (ts-mls), with bytes in and out. */

export interface GroupMember {
  leafIndex: number;
  userId: string;
  deviceId: string;
  /** The device's signature public key: its fingerprint is what people compare. */
  signatureKey: Uint8Array;
}

export interface CommitResult {
  commit: Uint8Array;
  welcome: Uint8Array | null;
  /** The state once the commit is in the log: adopt it only when the log reaches the commit. */
  newState: ClientState;
}

/** Every device in the group's tree, by leaf. */
export function members(state: ClientState): GroupMember[] {
  const out: GroupMember[] = [];
  state.ratchetTree.forEach((node, i) => {
    if (i % 2 !== 0 || node === undefined || node.nodeType !== 'leaf') return;
    const cred = node.leaf.credential;
    if (cred.credentialType !== 'basic') return;
    const who = parseDeviceIdentity(new TextDecoder().decode(cred.identity));
    if (who !== null) out.push({ leafIndex: i / 2, ...who, signatureKey: node.leaf.signaturePublicKey });
  });
  return out;
}

export function epochOf(state: ClientState): number {
  return Number(state.groupContext.epoch);
}

async function commit(state: ClientState, suite: number, proposals: Proposal[]): Promise<CommitResult> {
  const cs = await suiteImpl(suite);
  // `consumed` is not zeroed: those secrets are still the current state's until the log takes this
  // commit, and a commit the server refuses (another came first) leaves that state in use.
  const r = await createCommit({ state, cipherSuite: cs }, { extraProposals: proposals, ratchetTreeExtension: true });
  const welcome = r.welcome === undefined ? null : encodeMlsMessage({ version: 'mls10', wireformat: 'mls_welcome', welcome: r.welcome });
  return { commit: encodeMlsMessage(r.commit), welcome, newState: r.newState };
}

/** A commit adding the devices of these claimed key packages (each an encoded MLSMessage). */
export async function addDevices(state: ClientState, suite: number, keyPackages: Uint8Array[]): Promise<CommitResult> {
  const proposals: Proposal[] = keyPackages.map((bytes) => {
    const d = decodeMlsMessage(bytes, 0);
    if (d === undefined || d[0].wireformat !== 'mls_key_package') throw new Error('not a key package');
    return { proposalType: 'add', add: { keyPackage: d[0].keyPackage } };
  });
  return commit(state, suite, proposals);
}

/** A commit removing these devices ("user/device"). */
export async function removeDevices(state: ClientState, suite: number, identities: string[]): Promise<CommitResult> {
  const leaves = members(state).filter((m) => identities.includes(`${m.userId}/${m.deviceId}`));
  return commit(
    state,
    suite,
    leaves.map((m) => ({ proposalType: 'remove', remove: { removed: m.leafIndex } })),
  );
}

/** An empty commit with a fresh path: new keys for this device (post-compromise security). */
export function selfUpdate(state: ClientState, suite: number): Promise<CommitResult> {
  return commit(state, suite, []);
}

export async function encrypt(state: ClientState, suite: number, plaintext: Uint8Array): Promise<{ message: Uint8Array; newState: ClientState }> {
  const r = await createApplicationMessage(state, plaintext, await suiteImpl(suite));
  r.consumed.forEach(zeroOutUint8Array);
  return { message: encodeMlsMessage({ version: 'mls10', wireformat: 'mls_private_message', privateMessage: r.privateMessage }), newState: r.newState };
}

export type Processed = { kind: 'application'; plaintext: Uint8Array; newState: ClientState } | { kind: 'handshake'; newState: ClientState };

/** Processes a proposal, commit or application message of another device. Throws when it cannot. */
export async function processIncoming(state: ClientState, suite: number, bytes: Uint8Array): Promise<Processed> {
  const d = decodeMlsMessage(bytes, 0);
  if (d === undefined || (d[0].wireformat !== 'mls_private_message' && d[0].wireformat !== 'mls_public_message')) throw new Error('not a group message');
  const r = await processMessage(d[0], state, emptyPskIndex, acceptAll, await suiteImpl(suite));
  r.consumed.forEach(zeroOutUint8Array);
  return r.kind === 'applicationMessage' ? { kind: 'application', plaintext: r.message, newState: r.newState } : { kind: 'handshake', newState: r.newState };
}

/**
 * A device's fingerprint: SHA-256 of its signature public key, as 12 groups of 5 digits (the
 * safety-number style people read aloud). Both sides computing the same digits for a device means
 * the server did not substitute its key.
 */
export async function fingerprint(signatureKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', signatureKey as Uint8Array<ArrayBuffer>));
  const groups: string[] = [];
  for (let i = 0; i < 30; i += 5) {
    // 5 bytes → a number below 2^40, shown as two groups of 5 digits.
    let n = 0;
    for (let j = 0; j < 5; j++) n = n * 256 + digest[i + j]!;
    const digits = String(n % 1e10).padStart(10, '0');
    groups.push(digits.slice(0, 5), digits.slice(5));
  }
  return groups.join(' ');
}

/** Short form for logs and lists. */
export function shortFingerprint(signatureKey: Uint8Array): string {
  return hex(signatureKey.subarray(0, 8));
}
