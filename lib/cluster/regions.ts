/**
 * Regions (docs/regions.md): each region is its own cluster (its own etcd, ring and nodes) and one
 * data centre of the shared ScyllaDB keyspace. A node knows the name of its own region and, when
 * the deployment has several, the cross-region entry point (host:port of the batched gRPC
 * transport) of every other one. One region with no peers is today's single-region cluster.
 */

/** Lower-case letters, digits and '-', starting with a letter, at most 32: fits a metric label and a key. */
export const REGION_NAME = /^[a-z][a-z0-9-]{0,31}$/;

export interface RegionPeer {
  /** The other region's name. */
  readonly name: string;
  /** host:port its nodes accept cross-region links on. */
  readonly endpoint: string;
}

export interface RegionSettings {
  /** This node's region; '' when none is set (a single-region deployment). */
  readonly name: string;
  /** The other regions, sorted by name; empty in a single-region deployment. */
  readonly peers: readonly RegionPeer[];
}

export const SINGLE_REGION: RegionSettings = Object.freeze({ name: '', peers: Object.freeze([]) });

/** Several regions: another region's entry point is known. */
export function isMultiRegion(r: RegionSettings): boolean {
  return r.peers.length > 0;
}

export class RegionSettingsError extends Error {
  override readonly name = 'RegionSettingsError';
  readonly code = 'BAD_REGION_SETTINGS';
}

const HOST_PORT = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):(\d{1,5})$/;

/**
 * Builds and checks the settings: a valid own name whenever peers are given, valid and distinct
 * peer names other than the own one, and host:port endpoints. Throws RegionSettingsError.
 */
export function regionSettings(name: string, peers: readonly RegionPeer[]): RegionSettings {
  if (name !== '' && !REGION_NAME.test(name)) {
    throw new RegionSettingsError(`region name must be lower-case letters, digits and '-', starting with a letter (at most 32), got "${name}"`);
  }
  if (peers.length > 0 && name === '') throw new RegionSettingsError('other regions are given but not the name of this one');
  const seen = new Set<string>([name]);
  for (const p of peers) {
    if (!REGION_NAME.test(p.name)) throw new RegionSettingsError(`region name must be lower-case letters, digits and '-', starting with a letter (at most 32), got "${p.name}"`);
    if (p.name === name) throw new RegionSettingsError(`region ${name} is this node's own region and cannot be one of the others`);
    if (seen.has(p.name)) throw new RegionSettingsError(`region ${p.name} is named twice`);
    seen.add(p.name);
    const m = HOST_PORT.exec(p.endpoint);
    if (m === null || Number(m[2]) < 1 || Number(m[2]) > 65535) throw new RegionSettingsError(`region ${p.name} needs a host:port entry point, got "${p.endpoint}"`);
  }
  const sorted = [...peers].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((p) => Object.freeze({ ...p }));
  return Object.freeze({ name, peers: Object.freeze(sorted) });
}

/** "b=host:port,c=host:port" (spaces around entries allowed; '' is none) -> peers. Throws RegionSettingsError. */
export function parseRegionPeers(text: string): RegionPeer[] {
  if (text.trim() === '') return [];
  return text.split(',').map((entry) => {
    const eq = entry.indexOf('=');
    if (eq === -1) throw new RegionSettingsError(`expected NAME=HOST:PORT, got "${entry.trim()}"`);
    return { name: entry.slice(0, eq).trim(), endpoint: entry.slice(eq + 1).trim() };
  });
}
