/**
 * The environment a container would see, resolved from the rendered objects the way the kubelet
 * does it: envFrom first, then env (which wins), ConfigMap and Secret references looked up among
 * the rendered objects, `$(VAR)` in an env value expanded from what is defined before it.
 * Downward-API values get stand-ins: the pod name is the owner's name plus "-0", the namespace
 * the owner's.
 */
import type { IContainer } from 'kubernetes-models/v1/Container';
import { OPTIONS } from '../../cmd/config.js';
import { id, type K8sObject } from './render.js';
import { EXTERNAL_SECRETS, UPCOMING_ENV } from './upcoming.js';

export interface ResolvedEnv {
  /** Name -> value as the process would read it. */
  values: Map<string, string>;
  /** Every name the manifests set (envFrom keys included). */
  names: Set<string>;
  /** Problems found while resolving (a missing ConfigMap, key or Secret). */
  problems: string[];
}

/** A Secret's value as the container would see it; external Secrets get a 48-byte stand-in. */
const EXTERNAL_VALUE = 'external-secret-stand-in-'.padEnd(48, 'x');

export function resolveEnv(owner: K8sObject, c: IContainer, objects: readonly K8sObject[]): ResolvedEnv {
  const values = new Map<string, string>();
  const names = new Set<string>();
  const problems: string[] = [];
  const where = `${id(owner)} container ${c.name}`;
  const ns = owner.metadata.namespace;
  const find = (kind: string, name: string): K8sObject | undefined =>
    objects.find((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === ns);
  const configMapData = (name: string): Record<string, string> | undefined => {
    const cm = find('ConfigMap', name);
    return cm === undefined ? undefined : ((cm['data'] as Record<string, string> | undefined) ?? {});
  };
  const secretData = (name: string): Record<string, string> | 'external' | undefined => {
    const s = find('Secret', name);
    if (s === undefined) return EXTERNAL_SECRETS.has(name) ? 'external' : undefined;
    const data = (s['data'] as Record<string, string> | undefined) ?? {};
    const decoded: Record<string, string> = {};
    for (const [k, v] of Object.entries(data)) decoded[k] = Buffer.from(v, 'base64').toString('utf8');
    return { ...decoded, ...(s['stringData'] as Record<string, string> | undefined) };
  };

  for (const from of c.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef !== undefined) {
      const data = configMapData(from.configMapRef.name ?? '');
      if (data === undefined) {
        if (from.configMapRef.optional !== true) problems.push(`${where}: envFrom ConfigMap ${from.configMapRef.name} is not rendered`);
        continue;
      }
      for (const [k, v] of Object.entries(data)) {
        values.set(prefix + k, v);
        names.add(prefix + k);
      }
    }
    if (from.secretRef !== undefined) {
      const data = secretData(from.secretRef.name ?? '');
      if (data === undefined) problems.push(`${where}: envFrom Secret ${from.secretRef.name} is neither rendered nor external`);
      else if (data !== 'external') {
        for (const [k, v] of Object.entries(data)) {
          values.set(prefix + k, v);
          names.add(prefix + k);
        }
      }
    }
  }

  for (const e of c.env ?? []) {
    names.add(e.name);
    const ref = e.valueFrom;
    if (ref === undefined) {
      const { text, missing } = expand(e.value ?? '', values);
      for (const name of missing) problems.push(`${where}: ${e.name} refers to $(${name}), which is not defined before it (it would stay unexpanded)`);
      values.set(e.name, text);
    } else if (ref.configMapKeyRef !== undefined) {
      const v = configMapData(ref.configMapKeyRef.name ?? '')?.[ref.configMapKeyRef.key];
      if (v === undefined && ref.configMapKeyRef.optional !== true) problems.push(`${where}: ${e.name} refers to a missing ConfigMap key`);
      if (v !== undefined) values.set(e.name, v);
    } else if (ref.secretKeyRef !== undefined) {
      const data = secretData(ref.secretKeyRef.name ?? '');
      if (data === undefined) problems.push(`${where}: ${e.name} refers to Secret ${ref.secretKeyRef.name}, neither rendered nor external`);
      else if (data === 'external') values.set(e.name, EXTERNAL_VALUE);
      else if (data[ref.secretKeyRef.key] === undefined) problems.push(`${where}: ${e.name} refers to a missing key ${ref.secretKeyRef.key}`);
      else values.set(e.name, data[ref.secretKeyRef.key]!);
    } else if (ref.fieldRef !== undefined) {
      const path = ref.fieldRef.fieldPath;
      const standIn: Record<string, string> = { 'metadata.name': `${owner.metadata.name}-0`, 'metadata.namespace': ns ?? 'default' };
      values.set(e.name, standIn[path] ?? (path.startsWith('metadata.labels[') ? 'zone-a' : 'field'));
    } else {
      values.set(e.name, '1');
    }
  }
  return { values, names, problems };
}

/**
 * The kubelet's expansion of an env value (k8s.io/kubernetes/third_party/forked/golang/expansion):
 * `$(NAME)` becomes NAME's value when NAME is defined, and stays as it is otherwise; `$$` is `$`.
 */
export function expand(input: string, defined: ReadonlyMap<string, string>): { text: string; missing: string[] } {
  let text = '';
  const missing: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    const next = input[i + 1];
    if (c !== '$' || next === undefined) {
      text += c;
    } else if (next === '$') {
      text += '$';
      i++;
    } else if (next === '(' && input.indexOf(')', i + 2) !== -1) {
      const end = input.indexOf(')', i + 2);
      const name = input.slice(i + 2, end);
      const value = defined.get(name);
      if (value === undefined) missing.push(name);
      text += value ?? `$(${name})`;
      i = end;
    } else {
      text += c;
    }
  }
  return { text, missing };
}

const OPTION_BY_ENV = new Map<string, (typeof OPTIONS)[number]>(OPTIONS.map((o) => [o.env, o]));

/** The value the process uses: the environment's, else the option's (or upcoming variable's) default. */
export function effective(env: ResolvedEnv, name: string): string {
  const v = env.values.get(name);
  if (v !== undefined && v !== '') return v;
  const def = OPTION_BY_ENV.get(name)?.def ?? UPCOMING_ENV.get(name)?.def;
  if (def === undefined) throw new Error(`${name} is neither an option nor an upcoming variable`);
  return def;
}

export const isOptionEnv = (name: string): boolean => OPTION_BY_ENV.has(name);

/** The environment as a plain record, for loadConfig / loadMigrateConfig. */
export function asRecord(env: ResolvedEnv): Record<string, string> {
  return Object.fromEntries(env.values);
}
