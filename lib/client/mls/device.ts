import {
  type CiphersuiteImpl,
  type ClientState,
  type Credential,
  type KeyPackage,
  type PrivateKeyPackage,
  type Welcome,
  createGroup,
  decodeGroupState,
  decodeMlsMessage,
  defaultAuthenticationService,
  defaultCapabilities,
  defaultKeyPackageEqualityConfig,
  defaultKeyRetentionConfig,
  defaultLifetime,
  defaultLifetimeConfig,
  defaultPaddingConfig,
  encodeGroupState,
  encodeMlsMessage,
  generateKeyPackageWithKey,
  getCiphersuiteFromName,
  getCiphersuiteImpl,
  joinGroup,
  emptyPskIndex,
  type ClientConfig,
} from 'ts-mls';
import { makeKeyPackageRef } from 'ts-mls/keyPackage.js';
import { deviceIdentity, parseDeviceIdentity, suiteName } from '../../protocol/mod.js';
import type { DeviceStateStore } from './device_store.js';
import { fromBase64, hex, toBase64, utf8 } from './bytes.js';

const suites = new Map<number, Promise<CiphersuiteImpl>>();

/** The ts-mls implementation of a Chorus cipher suite (loaded once per process). */
export function suiteImpl(suite: number): Promise<CiphersuiteImpl> {
  let impl = suites.get(suite);
  if (impl === undefined) {
    impl = getCiphersuiteImpl(getCiphersuiteFromName(suiteName(suite)));
    suites.set(suite, impl);
  }
  return impl;
}

/**
 * Members' credentials are basic credentials naming "user/device" (the server checked, when the
 * key package was published, that it matched the publisher's token and device).
 */
export const CLIENT_CONFIG: ClientConfig = {
  keyRetentionConfig: defaultKeyRetentionConfig,
  lifetimeConfig: defaultLifetimeConfig,
  keyPackageEqualityConfig: defaultKeyPackageEqualityConfig,
  paddingConfig: defaultPaddingConfig,
  authService: {
    async validateCredential(credential: Credential, key: Uint8Array): Promise<boolean> {
      if (credential.credentialType !== 'basic') return false;
      if (parseDeviceIdentity(new TextDecoder().decode(credential.identity)) === null) return false;
      return defaultAuthenticationService.validateCredential(credential, key);
    },
  },
};

interface StoredPackage {
  pub: string;
  init: string;
  hpke: string;
  sig: string;
  lastResort: boolean;
}

/**
 * One device's MLS identity: a signature key per suite (its fingerprint is what people compare),
 * the private halves of its key packages, and the state of each group it belongs to, all in a
 * DeviceStateStore. No network here.
 */
export class MlsDevice {
  constructor(
    readonly userId: string,
    readonly deviceId: string,
    private readonly store: DeviceStateStore,
  ) {}

  get identity(): string {
    return deviceIdentity(this.userId, this.deviceId);
  }

  credential(): Credential {
    return { credentialType: 'basic', identity: utf8(this.identity) };
  }

  /** The device's signature key pair for a suite, made on first use. */
  async signer(suite: number): Promise<{ signKey: Uint8Array; publicKey: Uint8Array }> {
    const key = `sig/${suite}`;
    const stored = await this.store.get(key);
    if (stored !== undefined) {
      const j = JSON.parse(new TextDecoder().decode(stored)) as { signKey: string; publicKey: string };
      return { signKey: fromBase64(j.signKey), publicKey: fromBase64(j.publicKey) };
    }
    const pair = await (await suiteImpl(suite)).signature.keygen();
    await this.store.set(key, utf8(JSON.stringify({ signKey: toBase64(pair.signKey), publicKey: toBase64(pair.publicKey) })));
    return pair;
  }

  /** New key packages: their encoded public halves for the directory; the private halves stay here. */
  async newKeyPackages(suite: number, count: number, lastResort: boolean): Promise<{ oneTime: Uint8Array[]; lastResort: Uint8Array | null }> {
    const oneTime: Uint8Array[] = [];
    for (let i = 0; i < count; i++) oneTime.push(await this.newKeyPackage(suite, false));
    return { oneTime, lastResort: lastResort ? await this.newKeyPackage(suite, true) : null };
  }

  private async newKeyPackage(suite: number, lastResort: boolean): Promise<Uint8Array> {
    const { publicPackage, privatePackage, encoded } = await this.generate(suite);
    const ref = hex(await makeKeyPackageRef(publicPackage, (await suiteImpl(suite)).hash));
    const stored: StoredPackage = {
      pub: toBase64(encoded),
      init: toBase64(privatePackage.initPrivateKey),
      hpke: toBase64(privatePackage.hpkePrivateKey),
      sig: toBase64(privatePackage.signaturePrivateKey),
      lastResort,
    };
    await this.store.set(`kp/${suite}/${ref}`, utf8(JSON.stringify(stored)));
    return encoded;
  }

  private async generate(suite: number): Promise<{ publicPackage: KeyPackage; privatePackage: PrivateKeyPackage; encoded: Uint8Array }> {
    const cs = await suiteImpl(suite);
    const { publicPackage, privatePackage } = await generateKeyPackageWithKey(this.credential(), defaultCapabilities(), defaultLifetime, [], await this.signer(suite), cs);
    const encoded = encodeMlsMessage({ version: 'mls10', wireformat: 'mls_key_package', keyPackage: publicPackage });
    return { publicPackage, privatePackage, encoded };
  }

  /** A new group with this device as its only member (group id = conversation id). */
  async createGroup(conversationId: string, suite: number): Promise<ClientState> {
    const { publicPackage, privatePackage } = await this.generate(suite);
    return createGroup(utf8(conversationId), publicPackage, privatePackage, [], await suiteImpl(suite), CLIENT_CONFIG);
  }

  /**
   * Joins from a welcome if one of its secrets is for a key package of this device. A one-time
   * package is forgotten once used; the last-resort one is kept.
   */
  async join(welcome: Welcome, suite: number): Promise<ClientState | null> {
    for (const s of welcome.secrets) {
      const key = `kp/${suite}/${hex(s.newMember)}`;
      const raw = await this.store.get(key);
      if (raw === undefined) continue;
      const p = JSON.parse(new TextDecoder().decode(raw)) as StoredPackage;
      const decoded = decodeMlsMessage(fromBase64(p.pub), 0);
      if (decoded === undefined || decoded[0].wireformat !== 'mls_key_package') continue;
      const priv: PrivateKeyPackage = { initPrivateKey: fromBase64(p.init), hpkePrivateKey: fromBase64(p.hpke), signaturePrivateKey: fromBase64(p.sig) };
      const state = await joinGroup(welcome, decoded[0].keyPackage, priv, emptyPskIndex, await suiteImpl(suite), undefined, undefined, CLIENT_CONFIG);
      if (!p.lastResort) await this.store.delete(key);
      return state;
    }
    return null;
  }

  async saveGroup(conversationId: string, state: ClientState): Promise<void> {
    await this.store.set(`group/${conversationId}`, encodeGroupState(state));
  }

  async loadGroup(conversationId: string): Promise<ClientState | undefined> {
    const raw = await this.store.get(`group/${conversationId}`);
    if (raw === undefined) return undefined;
    const decoded = decodeGroupState(raw, 0);
    if (decoded === undefined) throw new Error(`stored MLS state of ${conversationId} is unreadable`);
    return { ...decoded[0], clientConfig: CLIENT_CONFIG };
  }

  async forgetGroup(conversationId: string): Promise<void> {
    await this.store.delete(`group/${conversationId}`);
  }

  /** Conversations this device holds a group state for. */
  async groupIds(): Promise<string[]> {
    return (await this.store.keys('group/')).map((k) => k.slice('group/'.length));
  }

  /** The last log seq this device processed in a conversation (so a restart processes nothing twice). */
  async loadMark(conversationId: string): Promise<number | undefined> {
    const raw = await this.store.get(`seq/${conversationId}`);
    return raw === undefined ? undefined : Number(new TextDecoder().decode(raw));
  }

  async saveMark(conversationId: string, seq: number): Promise<void> {
    await this.store.set(`seq/${conversationId}`, utf8(String(seq)));
  }
}
