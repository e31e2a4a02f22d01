/**
 * Renders the kustomize overlays in k8s/ and gives typed access to what came out. kustomize is
 * the real one (scripts/k8s/kustomize.sh builds a pinned version from the Go module proxy once and
 * caches it), so what is checked is exactly what `kubectl apply -k` would send.
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { parseAllDocuments } from 'yaml';

/** The repository root (this file runs from dist/test/k8s/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The metadata the checks read. */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** Any rendered object: checked against its schema before anything else reads it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export class RenderError extends Error {
  override readonly name = 'RenderError';
}

/** `kustomize build <dir>`, parsed. `dir` is relative to the repository root. */
export function render(dir: string): K8sObject[] {
  let text: string;
  try {
    text = execFileSync('bash', ['scripts/k8s/kustomize.sh', 'build', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // The first run may build kustomize (about a minute on two cores).
      timeout: 10 * 60 * 1000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new RenderError(`kustomize build ${dir} failed: ${stderr.trim() || String(err)}`, { cause: err });
  }
  return parseObjects(text, dir);
}

/** Multi-document YAML to objects; every document must be a Kubernetes object with a name. */
export function parseObjects(text: string, source: string): K8sObject[] {
  const out: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) throw new RenderError(`${source}: YAML error: ${doc.errors[0]!.message}`);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (!isObjectLike(value)) throw new RenderError(`${source}: a document is not a Kubernetes object`);
    out.push(value);
  }
  return out;
}

function isObjectLike(v: unknown): v is K8sObject {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  const meta = o['metadata'] as Record<string, unknown> | undefined;
  return typeof o['apiVersion'] === 'string' && typeof o['kind'] === 'string' && typeof meta?.['name'] === 'string';
}

export const id = (o: K8sObject): string => `${o.kind}/${o.metadata.namespace ?? '-'}/${o.metadata.name}`;

/** Kinds that run pods continuously, and where their pod template is. */
export const WORKLOAD_KINDS = new Set(['StatefulSet', 'Deployment', 'DaemonSet']);

export interface PodTemplateOwner {
  object: K8sObject;
  /** Labels of the pods it creates. */
  labels: Record<string, string>;
  spec: IPodSpec;
  /** True for StatefulSets, Deployments and DaemonSets; false for Jobs. */
  longRunning: boolean;
}

/** Every object that carries a pod template (workloads and Jobs). */
export function podOwners(objects: readonly K8sObject[]): PodTemplateOwner[] {
  const out: PodTemplateOwner[] = [];
  for (const o of objects) {
    if (!WORKLOAD_KINDS.has(o.kind) && o.kind !== 'Job') continue;
    const spec = o['spec'] as { template?: { metadata?: Partial<ObjectMeta>; spec?: IPodSpec } } | undefined;
    const template = spec?.template;
    if (template?.spec === undefined) throw new RenderError(`${id(o)} has no pod template`);
    out.push({ object: o, labels: template.metadata?.labels ?? {}, spec: template.spec, longRunning: WORKLOAD_KINDS.has(o.kind) });
  }
  return out;
}

/** Containers running the Chorus image (by its name, whatever the registry and tag). */
export function isChorus(c: IContainer): boolean {
  const image = c.image ?? '';
  const name = image.replace(/[@:][^/]*$/, '');
  return name === 'chorus' || name.endsWith('/chorus');
}

export function selectorMatches(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (selector === undefined || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

export function byKind<T>(objects: readonly K8sObject[], kind: string): (K8sObject & T)[] {
  return objects.filter((o) => o.kind === kind) as (K8sObject & T)[];
}

export function one<T>(objects: readonly K8sObject[], kind: string, name: string): K8sObject & T {
  const found = objects.filter((o) => o.kind === kind && o.metadata.name === name);
  if (found.length !== 1) throw new RenderError(`expected one ${kind} ${name}, found ${found.length}`);
  return found[0] as K8sObject & T;
}
