import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_URI_PREFIX, type TlsFiles } from '../../lib/cluster/remote/tls.js';

/**
 * A throwaway certificate authority for tests and benchmarks, made with the openssl CLI in a
 * temporary directory: nothing here is ever committed. Node certificates carry the identity the
 * transport checks (SAN URI chorus://node/<id>, lib/cluster/remote/tls.ts).
 */
export class TestPki {
  readonly caFile: string;
  private readonly caKey: string;
  private serial = 1;

  constructor(
    readonly dir: string,
    readonly name = 'chorus-test-ca',
  ) {
    mkdirSync(dir, { recursive: true });
    this.caFile = join(dir, `${name}.crt`);
    this.caKey = join(dir, `${name}.key`);
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', this.caKey, '-out', this.caFile, '-days', '2', '-subj', `/CN=${name}`]);
    chmodSync(this.caKey, 0o600);
  }

  /**
   * A key and certificate for `nodeId`, signed by this CA; `caFile` is this CA's bundle unless
   * `trust` names another. `expired`: notAfter lies in the past. `uris`: SAN URIs other than the
   * node's own (e.g. two identities). Files land in `<dir>/<label>.{crt,key}`.
   */
  issue(nodeId: string, options: { expired?: boolean; uris?: string[]; trust?: string; label?: string } = {}): TlsFiles {
    const label = options.label ?? `${this.name}-${nodeId}${options.expired ? '-expired' : ''}-${this.serial}`;
    const keyFile = join(this.dir, `${label}.key`);
    const certFile = join(this.dir, `${label}.crt`);
    const csr = join(this.dir, `${label}.csr`);
    const ext = join(this.dir, `${label}.ext`);
    const uris = options.uris ?? [`${NODE_URI_PREFIX}${nodeId}`];
    writeFileSync(ext, `subjectAltName=${uris.map((u) => `URI:${u}`).join(',')}\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=digitalSignature\n`);
    openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', keyFile, '-out', csr, '-subj', `/CN=${nodeId}`]);
    chmodSync(keyFile, 0o600);
    // -days -1 puts notAfter a day before now: an expired certificate without a fake clock.
    openssl(['x509', '-req', '-in', csr, '-CA', this.caFile, '-CAkey', this.caKey, '-set_serial', String(this.serial++), '-days', options.expired ? '-1' : '1', '-extfile', ext, '-out', certFile]);
    return { caFile: options.trust ?? this.caFile, certFile, keyFile };
  }

  /** A bundle file holding this CA and others (a CA rotation's overlap). */
  bundle(others: TestPki[], file = join(this.dir, 'bundle.crt')): string {
    writeFileSync(file, [this, ...others].map((p) => readFileSync(p.caFile, 'utf8')).join(''));
    return file;
  }

  /** The CA's private key, for the secrets scan (it must never appear in a node's output). */
  keyPem(): string {
    return readFileSync(this.caKey, 'utf8');
  }
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}
