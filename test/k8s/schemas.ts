/**
 * Offline schema validation of rendered objects. Built-in kinds and the Prometheus Operator's use
 * the JSON schemas compiled into `kubernetes-models` and `@kubernetes-models/prometheus-operator`
 * (types, formats, enums, required fields; like Kubernetes' own OpenAPI schemas they allow unknown
 * fields, which the API server's strict field validation rejects at apply time). No package
 * carries the Scylla Operator's schema, so ScyllaCluster gets a hand-written check of the fields
 * we use, taken from the operator's API types (scylla.scylladb.com/v1 ScyllaClusterSpec); so do
 * cert-manager's Issuer and Certificate (cert-manager.io/v1, the fields of its API reference).
 */
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { id, type K8sObject } from './render.js';

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: never) => Validatable;

/** apiVersion/kind -> the model whose compiled schema checks it. */
const MODELS: ReadonlyMap<string, ModelClass> = new Map<string, ModelClass>([
  ['v1/Namespace', Namespace],
  ['v1/ServiceAccount', ServiceAccount],
  ['v1/ConfigMap', ConfigMap],
  ['v1/Secret', Secret],
  ['v1/Service', Service],
  ['apps/v1/StatefulSet', StatefulSet],
  ['policy/v1/PodDisruptionBudget', PodDisruptionBudget],
  ['autoscaling/v2/HorizontalPodAutoscaler', HorizontalPodAutoscaler],
  ['batch/v1/Job', Job],
  ['monitoring.coreos.com/v1/ServiceMonitor', ServiceMonitor],
  ['monitoring.coreos.com/v1/PrometheusRule', PrometheusRule],
]);

export class SchemaError extends Error {
  override readonly name = 'SchemaError';
}

/** Throws SchemaError naming the object and the first violations; unknown kinds fail too. */
export function validateObject(o: K8sObject): void {
  const key = `${o.apiVersion}/${o.kind}`;
  if (key === 'scylla.scylladb.com/v1/ScyllaCluster') {
    const problems = scyllaClusterProblems(o);
    if (problems.length > 0) throw new SchemaError(`${id(o)}: ${problems.join('; ')}`);
    return;
  }
  if (key === 'cert-manager.io/v1/Issuer' || key === 'cert-manager.io/v1/Certificate') {
    const problems = o.kind === 'Issuer' ? issuerProblems(o) : certificateProblems(o);
    if (problems.length > 0) throw new SchemaError(`${id(o)}: ${problems.join('; ')}`);
    return;
  }
  const Model = MODELS.get(key);
  if (Model === undefined) throw new SchemaError(`${id(o)}: no schema for ${key}; add its model to test/k8s/schemas.ts`);
  try {
    new Model(structuredClone(o) as never).validate();
  } catch (err) {
    throw new SchemaError(`${id(o)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

// --- ScyllaCluster -------------------------------------------------------------------------------

const SPEC_FIELDS = new Set([
  'podMetadata', 'version', 'repository', 'alternator', 'agentVersion', 'agentRepository', 'developerMode', 'cpuset',
  'automaticOrphanedNodeCleanup', 'genericUpgrade', 'datacenter', 'sysctls', 'scyllaArgs', 'network', 'repairs', 'backups',
  'forceRedeploymentReason', 'imagePullSecrets', 'dnsDomains', 'exposeOptions', 'externalSeeds',
  'minTerminationGracePeriodSeconds', 'minReadySeconds', 'readinessGates',
]);
const RACK_FIELDS = new Set([
  'name', 'members', 'storage', 'placement', 'resources', 'agentResources', 'volumes', 'volumeMounts', 'agentVolumeMounts',
  'scyllaConfig', 'scyllaAgentConfig', 'exposeOptions',
]);
const STORAGE_FIELDS = new Set(['metadata', 'capacity', 'storageClassName']);
const PLACEMENT_FIELDS = new Set(['nodeAffinity', 'podAffinity', 'podAntiAffinity', 'tolerations']);
const RESOURCE_FIELDS = new Set(['requests', 'limits', 'claims']);
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|[KMGTPE]i?|[mun]|k)?$/;

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ScyllaCluster fields we set, checked for names, types and required values. */
export function scyllaClusterProblems(o: K8sObject): string[] {
  const problems: string[] = [];
  const unknown = (where: string, d: Dict, allowed: Set<string>): void => {
    for (const k of Object.keys(d)) if (!allowed.has(k)) problems.push(`${where}.${k} is not a ScyllaCluster field`);
  };
  const spec = o['spec'];
  if (!isDict(spec)) return ['spec is missing'];
  unknown('spec', spec, SPEC_FIELDS);
  if (typeof spec['version'] !== 'string' || spec['version'] === '') problems.push('spec.version must be a non-empty string');
  for (const f of ['developerMode', 'automaticOrphanedNodeCleanup']) {
    if (spec[f] !== undefined && typeof spec[f] !== 'boolean') problems.push(`spec.${f} must be a boolean`);
  }
  const dc = spec['datacenter'];
  if (!isDict(dc)) return [...problems, 'spec.datacenter is missing'];
  unknown('spec.datacenter', dc, new Set(['name', 'racks']));
  if (typeof dc['name'] !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(dc['name'])) problems.push('spec.datacenter.name must be a data centre name');
  const racks = dc['racks'];
  if (!Array.isArray(racks) || racks.length === 0) return [...problems, 'spec.datacenter.racks must be a non-empty list'];
  racks.forEach((rack: unknown, i) => {
    const at = `spec.datacenter.racks[${i}]`;
    if (!isDict(rack)) return void problems.push(`${at} must be an object`);
    unknown(at, rack, RACK_FIELDS);
    if (typeof rack['name'] !== 'string' || rack['name'] === '') problems.push(`${at}.name is required`);
    if (!Number.isInteger(rack['members']) || (rack['members'] as number) < 0) problems.push(`${at}.members must be an integer >= 0`);
    const storage = rack['storage'];
    if (!isDict(storage)) problems.push(`${at}.storage is required`);
    else {
      unknown(`${at}.storage`, storage, STORAGE_FIELDS);
      if (typeof storage['capacity'] !== 'string' || !QUANTITY.test(storage['capacity'])) problems.push(`${at}.storage.capacity must be a quantity`);
    }
    const resources = rack['resources'];
    if (!isDict(resources)) problems.push(`${at}.resources is required`);
    else {
      unknown(`${at}.resources`, resources, RESOURCE_FIELDS);
      for (const side of ['requests', 'limits']) {
        const r = resources[side];
        if (r === undefined) continue;
        if (!isDict(r)) problems.push(`${at}.resources.${side} must be a map`);
        else for (const [k, v] of Object.entries(r)) if (!QUANTITY.test(String(v))) problems.push(`${at}.resources.${side}.${k} is not a quantity`);
      }
    }
    const placement = rack['placement'];
    if (placement !== undefined) {
      if (!isDict(placement)) problems.push(`${at}.placement must be an object`);
      else unknown(`${at}.placement`, placement, PLACEMENT_FIELDS);
    }
  });
  return problems;
}

/** The zones a rack is pinned to by required node affinity on topology.kubernetes.io/zone. */
export function rackZones(rack: unknown): string[] {
  if (!isDict(rack)) return [];
  const terms = (((rack['placement'] as Dict | undefined)?.['nodeAffinity'] as Dict | undefined)?.['requiredDuringSchedulingIgnoredDuringExecution'] as Dict | undefined)?.[
    'nodeSelectorTerms'
  ];
  if (!Array.isArray(terms)) return [];
  const zones: string[] = [];
  for (const t of terms) {
    for (const e of ((t as Dict)['matchExpressions'] as Dict[] | undefined) ?? []) {
      if (e['key'] === 'topology.kubernetes.io/zone' && e['operator'] === 'In') zones.push(...((e['values'] as string[] | undefined) ?? []));
    }
  }
  return zones;
}

// --- cert-manager ----------------------------------------------------------------------------------

const ISSUER_TYPES = new Set(['selfSigned', 'ca', 'acme', 'vault', 'venafi']);
const CERTIFICATE_FIELDS = new Set([
  'secretName', 'commonName', 'dnsNames', 'uris', 'ipAddresses', 'emailAddresses', 'duration', 'renewBefore', 'isCA', 'usages',
  'privateKey', 'issuerRef', 'subject', 'secretTemplate', 'keystores', 'revisionHistoryLimit', 'literalSubject', 'nameConstraints',
]);
const DURATION = /^(\d+(\.\d+)?(h|m|s|ms))+$/;

function issuerProblems(o: K8sObject): string[] {
  const spec = o['spec'];
  if (!isDict(spec)) return ['spec is missing'];
  const types = Object.keys(spec).filter((k) => ISSUER_TYPES.has(k));
  const problems = Object.keys(spec).filter((k) => !ISSUER_TYPES.has(k)).map((k) => `spec.${k} is not an Issuer field`);
  if (types.length !== 1) problems.push(`an Issuer has exactly one of ${[...ISSUER_TYPES].join(', ')}`);
  const ca = spec['ca'];
  if (ca !== undefined && (!isDict(ca) || typeof ca['secretName'] !== 'string')) problems.push('spec.ca.secretName is required');
  return problems;
}

function certificateProblems(o: K8sObject): string[] {
  const spec = o['spec'];
  if (!isDict(spec)) return ['spec is missing'];
  const problems = Object.keys(spec).filter((k) => !CERTIFICATE_FIELDS.has(k)).map((k) => `spec.${k} is not a Certificate field`);
  if (typeof spec['secretName'] !== 'string' || spec['secretName'] === '') problems.push('spec.secretName is required');
  const ref = spec['issuerRef'];
  if (!isDict(ref) || typeof ref['name'] !== 'string') problems.push('spec.issuerRef.name is required');
  for (const f of ['duration', 'renewBefore']) {
    if (spec[f] !== undefined && (typeof spec[f] !== 'string' || !DURATION.test(spec[f]))) problems.push(`spec.${f} must be a Go duration`);
  }
  if (spec['isCA'] !== undefined && typeof spec['isCA'] !== 'boolean') problems.push('spec.isCA must be a boolean');
  const key = spec['privateKey'];
  if (isDict(key) && key['algorithm'] !== undefined && !['RSA', 'ECDSA', 'Ed25519'].includes(String(key['algorithm']))) problems.push('spec.privateKey.algorithm must be RSA, ECDSA or Ed25519');
  return problems;
}
