import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PeerCertificate } from 'node:tls';
import * as grpc from '@grpc/grpc-js';
import { type Clock, type Timer, systemClock } from '../../time/mod.js';
import { ClusterConfigError } from '../errors.js';
import { type ClusterLog, silentLog } from '../log.js';
import { isMemberId } from '../membership.js';

/**
 * Mutual TLS for the node-to-node transport (docs/security.md).
 *
 * Identity: a node's certificate carries exactly one SAN URI `chorus://node/<node id>`. A SAN URI,
 * not the CN, because it cannot be confused with a host name and cert-manager issues it per pod.
 * A dialling node checks it equals the member it meant to reach; an accepting node checks it
 * equals the node id the stream's metadata claims (Remote.accept).
 *
 * Rotation: the three files are read every `checkEveryMs` (a few KB; comparing bytes, not mtimes,
 * also catches a same-second replacement and a Secret volume's symlink swap); a changed set is
 * used only after it passed the same checks as at start (parses, key matches the certificate,
 * identity is this node), otherwise the old one stays and the refusal is logged once.
 * New pairs apply to new connections; open streams keep the session they started with.
 */
export const NODE_URI_PREFIX = 'chorus://node/';

/** The node id a certificate names, or undefined when it names none or more than one. */
export function certificateNodeId(subjectAltName: string | undefined): string | undefined {
  if (subjectAltName === undefined) return undefined;
  const ids = subjectAltName
    .split(', ')
    .filter((entry) => entry.startsWith(`URI:${NODE_URI_PREFIX}`))
    .map((entry) => entry.slice(4 + NODE_URI_PREFIX.length));
  return ids.length === 1 && isMemberId(ids[0]!) ? ids[0] : undefined;
}

/** The three files a node's mTLS is made of. */
export interface TlsFiles {
  /** PEM bundle of the CAs whose certificates peers may present (old and new during a CA rotation). */
  caFile: string;
  /** PEM certificate (chain) of this node. */
  certFile: string;
  /** PEM private key of that certificate. */
  keyFile: string;
}

export interface ClusterTlsOptions extends TlsFiles {
  nodeId: string;
  /** How often the files are checked for a change; default 30 s. */
  checkEveryMs?: number;
  /** Timers of the periodic check; default the system clock. */
  clock?: Clock;
  log?: ClusterLog;
  /** Wall time (ms), for the expiry warning. */
  now?: () => number;
}

interface Files {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

interface Loaded extends Files {
  notAfter: number;
}

type CaListener = grpc.experimental.CaCertificateUpdateListener;
type IdentityListener = grpc.experimental.IdentityCertificateUpdateListener;

/** SNI sent to peers: the IP a member record holds is not a valid server name (RFC 6066). */
const SERVER_NAME = 'node.chorus.invalid';

/**
 * This node's certificates, as a grpc-js CertificateProvider for both sides of the transport.
 * The private key never leaves this object (nothing logs it; errors name files, not contents).
 */
export class ClusterTls implements grpc.experimental.CertificateProvider {
  readonly nodeId: string;
  private readonly o: ClusterTlsOptions;
  private readonly log: ClusterLog;
  private current: Loaded;
  private refused: Files | undefined;
  private readonly caListeners = new Set<CaListener>();
  private readonly identityListeners = new Set<IdentityListener>();
  private timer: Timer | undefined;
  private readonly clock: Clock;

  /** Reads and checks the files; throws ClusterConfigError when they cannot serve this node. */
  constructor(options: ClusterTlsOptions) {
    this.o = options;
    this.nodeId = options.nodeId;
    this.log = options.log ?? silentLog;
    this.current = this.check(this.files());
    this.warnExpiry();
    this.clock = options.clock ?? systemClock;
    this.scheduleCheck();
  }

  /** Reads the files again every checkEveryMs until stopped. */
  private scheduleCheck(): void {
    this.timer = this.clock.setTimeout(() => {
      this.reload();
      if (this.timer !== undefined) this.scheduleCheck();
    }, this.o.checkEveryMs ?? 30_000);
    this.timer.unref?.();
  }

  /** When this node's certificate expires (wall time, ms). */
  get notAfter(): number {
    return this.current.notAfter;
  }

  /** Credentials for the server: a client certificate is asked for; Remote.accept decides. */
  serverCredentials(): grpc.ServerCredentials {
    // The handshake does not reject an unverified client certificate, so that the refusal is
    // made (and logged, with the peer's address) where the stream is accepted, before anything
    // is read from it.
    return grpc.experimental.createCertificateProviderServerCredentials(this, this, false);
  }

  /** Credentials for dialling `peerId`: the chain must verify and name that node (or one `accepts` takes). */
  channelCredentials(peerId: string, accepts?: (nodeId: string) => boolean): grpc.ChannelCredentials {
    return grpc.experimental.createCertificateProviderChannelCredentials(this, this, {
      checkServerIdentity: (_host: string, cert: PeerCertificate) => {
        const presented = certificateNodeId(cert.subjectaltname);
        if (presented !== undefined && (accepts === undefined ? presented === peerId : accepts(presented))) return undefined;
        this.log.warn({ peer: peerId, presented: presented ?? null }, 'cluster peer presented a certificate for another identity: refused');
        return new Error(`expected a certificate for node ${peerId}, got ${presented === undefined ? 'none naming one node' : `one for ${presented}`}`);
      },
    });
  }

  /** Channel options that go with channelCredentials. */
  static channelOptions(): grpc.ChannelOptions {
    return { 'grpc.ssl_target_name_override': SERVER_NAME };
  }

  /** Checks the files now; true when a new pair was taken. A bad new pair is logged and ignored. */
  reload(): boolean {
    let files: Files;
    try {
      files = this.files();
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'cluster TLS files cannot be read; keeping the loaded ones');
      return false;
    }
    if (same(files, this.current) || (this.refused !== undefined && same(files, this.refused))) return false;
    let next: Loaded;
    try {
      next = this.check(files);
    } catch (err) {
      this.refused = files;
      this.log.error({ err: (err as Error).message }, 'new cluster TLS files refused; keeping the loaded ones');
      return false;
    }
    this.refused = undefined;
    this.current = next;
    this.log.info({ node: this.nodeId, notAfter: new Date(next.notAfter).toISOString() }, 'cluster TLS certificates reloaded');
    this.warnExpiry();
    for (const l of this.caListeners) l({ caCertificate: next.ca });
    for (const l of this.identityListeners) l({ certificate: next.cert, privateKey: next.key });
    return true;
  }

  close(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  addCaCertificateListener(listener: CaListener): void {
    this.caListeners.add(listener);
    // Later, as grpc-js' own providers do: its credentials register their watcher after this call.
    process.nextTick(() => {
      if (this.caListeners.has(listener)) listener({ caCertificate: this.current.ca });
    });
  }

  removeCaCertificateListener(listener: CaListener): void {
    this.caListeners.delete(listener);
  }

  addIdentityCertificateListener(listener: IdentityListener): void {
    this.identityListeners.add(listener);
    process.nextTick(() => {
      if (this.identityListeners.has(listener)) listener({ certificate: this.current.cert, privateKey: this.current.key });
    });
  }

  removeIdentityCertificateListener(listener: IdentityListener): void {
    this.identityListeners.delete(listener);
  }

  private files(): Files {
    return { ca: readFileSync(this.o.caFile), cert: readFileSync(this.o.certFile), key: readFileSync(this.o.keyFile) };
  }

  private check({ ca, cert, key }: Files): Loaded {
    const bad = (why: string): ClusterConfigError => new ClusterConfigError(`cluster TLS: ${why}`);
    let leaf: X509Certificate;
    try {
      leaf = new X509Certificate(cert);
    } catch {
      throw bad(`${this.o.certFile} holds no PEM certificate`);
    }
    let isCa: boolean;
    try {
      isCa = new X509Certificate(ca).ca;
    } catch {
      isCa = false;
    }
    if (!isCa) throw bad(`${this.o.caFile} holds no PEM CA certificate`);
    let matches: boolean;
    try {
      matches = leaf.checkPrivateKey(createPrivateKey(key));
    } catch {
      throw bad(`${this.o.keyFile} holds no PEM private key`);
    }
    if (!matches) throw bad(`the key in ${this.o.keyFile} does not belong to the certificate in ${this.o.certFile}`);
    const id = certificateNodeId(leaf.subjectAltName);
    if (id !== this.nodeId) {
      throw bad(`${this.o.certFile} must carry exactly one SAN URI ${NODE_URI_PREFIX}${this.nodeId} (this node), found ${id === undefined ? 'none usable' : `${NODE_URI_PREFIX}${id}`}`);
    }
    return { ca, cert, key, notAfter: Date.parse(leaf.validTo) };
  }

  private warnExpiry(): void {
    const now = (this.o.now ?? Date.now)();
    const left = this.current.notAfter - now;
    if (left <= 0) this.log.error({ node: this.nodeId, notAfter: new Date(this.current.notAfter).toISOString() }, 'this node’s cluster certificate has expired: peers refuse it');
    else if (left < 24 * 3600 * 1000) this.log.warn({ node: this.nodeId, notAfter: new Date(this.current.notAfter).toISOString() }, 'this node’s cluster certificate expires within a day');
  }
}

function same(a: Files, b: Files): boolean {
  return a.ca.equals(b.ca) && a.cert.equals(b.cert) && a.key.equals(b.key);
}
