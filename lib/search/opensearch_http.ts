/**
 * The little of OpenSearch's REST API the search engine uses, over node:http(s) with keep-alive:
 * create indices, bulk writes, multi-get, search, refresh. Failures (network, 5xx, 429) are
 * StoreUnavailableError: the caller retries; a 4xx other than 404 is a bug here (or, 401/403,
 * wrong credentials) and says so.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { StoreUnavailableError } from '../storage/mod.js';

export interface OpenSearchOptions {
  /** Base URL, e.g. http://127.0.0.1:9200 or https://search.internal:9200. */
  url: string;
  /** Prefix of this deployment's index names: <prefix>-messages, -joins, -positions. */
  prefix: string;
  /** HTTP basic authentication (the security plugin's internal users, or a proxy in front). */
  basicAuth?: { username: string; password: string };
  /** PEM CA bundle trusted for an https URL (besides the system's); none: the system's only. */
  ca?: string;
  headers?: Record<string, string>;
  /** Per request (socket inactivity); default 10 s. */
  timeoutMs?: number;
}

export type BulkOp =
  | { index: { _index: string; _id: string; routing?: string }; doc: Record<string, unknown> }
  | { delete: { _index: string; _id: string; routing?: string } };

export class OpenSearchHttp {
  private readonly base: URL;
  private readonly agent: HttpAgent | HttpsAgent;
  private readonly headers: Record<string, string>;

  constructor(readonly options: OpenSearchOptions) {
    this.base = new URL(options.url);
    const https = this.base.protocol === 'https:';
    this.agent = https ? new HttpsAgent({ keepAlive: true, ...(options.ca !== undefined ? { ca: options.ca } : {}) }) : new HttpAgent({ keepAlive: true });
    const auth = options.basicAuth;
    this.headers = {
      ...(auth !== undefined ? { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` } : {}),
      ...options.headers,
    };
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  name(kind: 'messages' | 'joins' | 'positions'): string {
    return `${this.options.prefix}-${kind}`;
  }

  async request<T>(method: string, path: string, body?: unknown, ndjson = false): Promise<{ status: number; body: T }> {
    let res: { status: number; text: string };
    try {
      res = await this.send(method, path, { 'content-type': ndjson ? 'application/x-ndjson' : 'application/json', ...this.headers }, body === undefined ? undefined : ndjson ? (body as string) : JSON.stringify(body));
    } catch (err) {
      throw new StoreUnavailableError(`opensearch ${method} ${path} failed`, { cause: err });
    }
    const { status, text } = res;
    if (status >= 500 || status === 429) throw new StoreUnavailableError(`opensearch ${method} ${path}: ${status} ${text.slice(0, 300)}`);
    if (status === 401 || status === 403) throw new Error(`opensearch ${method} ${path}: ${status}: check --opensearch-username and its password (${text.slice(0, 200)})`);
    if (status >= 400 && status !== 404) throw new Error(`opensearch ${method} ${path}: ${status} ${text.slice(0, 500)}`);
    return { status, body: (text === '' ? {} : JSON.parse(text)) as T };
  }

  private send(method: string, path: string, headers: Record<string, string>, body: string | undefined): Promise<{ status: number; text: string }> {
    const url = new URL(this.base.pathname.replace(/\/$/, '') + path, this.base);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(url, { method, headers, agent: this.agent, timeout: this.options.timeoutMs ?? 10_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.options.timeoutMs ?? 10_000} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Writes the ops; throws unless every one succeeded (a delete of a missing document succeeds). */
  async bulk(ops: readonly BulkOp[], refresh = false): Promise<void> {
    if (ops.length === 0) return;
    const lines: string[] = [];
    for (const op of ops) {
      if ('index' in op) lines.push(JSON.stringify({ index: op.index }), JSON.stringify(op.doc));
      else lines.push(JSON.stringify({ delete: op.delete }));
    }
    const { body } = await this.request<{ errors: boolean; items: Record<string, { status: number; error?: unknown }>[] }>(
      'POST',
      `/_bulk${refresh ? '?refresh=true' : ''}`,
      `${lines.join('\n')}\n`,
      true,
    );
    if (!body.errors) return;
    const failed = body.items.map((i) => Object.values(i)[0]!).filter((r) => r.status >= 300 && r.status !== 404);
    if (failed.length > 0) throw new StoreUnavailableError(`opensearch bulk: ${failed.length} of ${ops.length} failed: ${JSON.stringify(failed[0]!.error).slice(0, 300)}`);
  }

  /** The `_source` of each id that exists. */
  async mget<T>(index: string, ids: readonly string[]): Promise<Map<string, T>> {
    const out = new Map<string, T>();
    if (ids.length === 0) return out;
    const { body } = await this.request<{ docs: { _id: string; found: boolean; _source?: T }[] }>('POST', `/${index}/_mget`, { ids });
    // OpenSearch's own field names (_id, _source), read by destructuring.
    for (const { _id: id, found, _source: source } of body.docs) if (found && source !== undefined) out.set(id, source);
    return out;
  }

  async refresh(): Promise<void> {
    await this.request('POST', `/${this.name('messages')}/_refresh`);
  }

  /** Creates the three indices when missing (idempotent). */
  async ensureIndices(): Promise<void> {
    const create = async (index: string, body: unknown): Promise<void> => {
      if ((await this.request('HEAD', `/${index}`)).status === 200) return;
      try {
        await this.request('PUT', `/${index}`, body);
      } catch (err) {
        // Someone else created it in between.
        if (!(err instanceof Error && err.message.includes('resource_already_exists_exception'))) throw err;
      }
    };
    const settings = { number_of_shards: 1, number_of_replicas: 0 };
    await create(this.name('messages'), {
      // Terms come pre-made (terms.ts): split at spaces only, the same as the embedded engine.
      settings: { ...settings, analysis: { analyzer: { chorus_terms: { type: 'custom', tokenizer: 'whitespace' } } } },
      mappings: {
        dynamic: 'strict',
        properties: {
          conversation_id: { type: 'keyword' },
          seq: { type: 'long' },
          sender_id: { type: 'keyword' },
          sent_at: { type: 'long' },
          text: { type: 'text', index: false },
          terms: { type: 'text', analyzer: 'chorus_terms' },
        },
      },
    });
    await create(this.name('joins'), { settings, mappings: { dynamic: 'strict', properties: { seq: { type: 'long' } } } });
    await create(this.name('positions'), { settings, mappings: { dynamic: 'strict', properties: { through: { type: 'long' } } } });
  }
}

/** Document ids: idempotent, so a replayed entry overwrites itself. */
export const messageId = (conversationId: string, seq: number): string => `${conversationId}:${seq}`;
export const joinId = (conversationId: string, userId: string): string => `${conversationId}/${userId}`;
