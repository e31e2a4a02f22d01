import type { Reader } from './reader.js';
import { type ChorusConfig, ConfigError } from './types.js';
import { checkHttpUrl } from './validate.js';

/** OpenSearch index names: lower case, no separators it refuses. */
function checkIndexPrefix(v: string): string {
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(v)) throw new ConfigError(`--opensearch-index-prefix must be lower-case letters, digits, _ and - (at most 64), got "${v}"`);
  return v;
}

/** Message search settings (docs/search.md); secret files are only named here and read at start. */
export function searchConfig(r: Reader): ChorusConfig['search'] {
  const url = checkHttpUrl('opensearch-url', r.get('opensearch-url'));
  const username = r.get('opensearch-username');
  const password = r.get('opensearch-password');
  const passwordFile = r.get('opensearch-password-file');
  const caFile = r.get('opensearch-ca-file');
  if (url === '' && (username !== '' || password !== '' || passwordFile !== '' || caFile !== '')) {
    throw new ConfigError('--opensearch-username, -password, -password-file and -ca-file need --opensearch-url');
  }
  if (password !== '' && passwordFile !== '') throw new ConfigError('give --opensearch-password or --opensearch-password-file, not both');
  if ((username === '') !== (password === '' && passwordFile === '')) {
    throw new ConfigError('--opensearch-username and a password (--opensearch-password or --opensearch-password-file) go together');
  }
  if (caFile !== '' && !url.startsWith('https://')) throw new ConfigError('--opensearch-ca-file needs an https:// --opensearch-url');
  return {
    opensearchUrl: url,
    opensearchPrefix: checkIndexPrefix(r.get('opensearch-index-prefix')),
    opensearchAuth: username === '' ? null : { username, password, passwordFile },
    opensearchCaFile: caFile,
  };
}
