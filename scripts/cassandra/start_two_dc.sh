#!/usr/bin/env bash
# Starts two throwaway Cassandra 5.0 nodes as two data centres (dc1, dc2) of one cluster on loopback
# addresses, with the storage (inter-node) traffic between them through a delaying TCP proxy, so that
# a test on one machine pays the distance between two regions. For the region tests (docs/regions.md).
#
#   npm run build                              # the proxy runs from dist/testing/delay_proxy_main.js
#   scripts/cassandra/start_two_dc.sh          # prints TWO_DC_*=... lines, among them
#                                              #   CHORUS_CASSANDRA_TWO_DC=127.0.0.2:19042,127.0.0.3:19043
#   scripts/cassandra/stop_two_dc.sh           # stops both nodes and the proxy, removes their directories
#
# Layout (defaults):
#   dc1: listens on 127.0.0.2 (CQL 19042, storage 17000), other nodes reach it at 127.0.0.12:17000
#   dc2: listens on 127.0.0.3 (CQL 19043, storage 17001), other nodes reach it at 127.0.0.13:17001
#   one proxy process: 127.0.0.12:17000 -> 127.0.0.2:17000 and 127.0.0.13:17001 -> 127.0.0.3:17001,
#   each byte delayed TWO_DC_DELAY_MS. Cassandra 4+ sends each direction between two nodes on the
#   sender's own outbound connections, so a request and its answer each cross one proxy once: the
#   round trip between the DCs is 2 x the delay. Clients reach each node's CQL port directly.
#
# Environment (all optional):
#   TWO_DC_DELAY_MS      one-way delay between the DCs, default 60
#   TWO_DC_HEAP          each node's heap, default 512M (two JVMs on a small machine)
#   TWO_DC_PORT_A/_B     CQL ports, default 19042 / 19043 (storage ports: CQL - 2042). Another pair
#                        (e.g. 19044 / 19045) gets its own addresses (127.0.0.(2+k), 127.0.0.(3+k), edges
#                        +10, k = TWO_DC_PORT_A - 19042), its own cluster name, state file and lock, so
#                        it runs beside the default pair; stop_two_dc.sh needs the same TWO_DC_PORT_A.
#   TWO_DC_RESTARTABLE   1: both nodes sync before acknowledging, so a node can be SIGKILLed and
#                        brought back on its data with `start_two_dc.sh --restart dc1` (region-loss test)
#   CASSANDRA_START_TIMEOUT, CHORUS_CACHE, JAVA_HOME as for start.sh
#
# The shared test node (127.0.0.1:9042) is not touched. Starting again while the pair runs prints the
# same lines. Every process is stopped by the pid recorded here, never by name.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DELAY="${TWO_DC_DELAY_MS:-60}"
HEAP="${TWO_DC_HEAP:-512M}"
PORT_A="${TWO_DC_PORT_A:-19042}"
PORT_B="${TWO_DC_PORT_B:-19043}"
CACHE_ROOT="${CHORUS_CACHE:-$HOME/.cache/chorus}"
PROXY_MAIN="$ROOT/dist/testing/delay_proxy_main.js"
[[ "$PORT_A" =~ ^[0-9]+$ && "$PORT_B" =~ ^[0-9]+$ ]] || { echo "cassandra/start_two_dc: TWO_DC_PORT_A/_B must be numbers" >&2; exit 1; }
K=$((PORT_A - 19042))
(( K >= 0 && K <= 200 )) || { echo "cassandra/start_two_dc: TWO_DC_PORT_A must be 19042..19242" >&2; exit 1; }
if (( K == 0 )); then SUFFIX=""; else SUFFIX="-$PORT_A"; fi
STATE="$CACHE_ROOT/run/cassandra-two-dc$SUFFIX.env"
ADDR_A=127.0.0.$((2 + K)) ADDR_B=127.0.0.$((3 + K)) EDGE_A=127.0.0.$((12 + K)) EDGE_B=127.0.0.$((13 + K))
CLUSTER="chorus-two-dc$SUFFIX"
RESTARTABLE="${TWO_DC_RESTARTABLE:-}"
STORAGE_A=$((PORT_A - 2042)) STORAGE_B=$((PORT_B - 2042))
# dc2 joins through dc1 across the proxy: its first gossip round (a connection set up in both
# directions, each crossing the delay) may take over a second on a loaded machine, and Cassandra gives
# up after the ring delay ("Unable to gossip with any peers"): dc2's starts below give it 10 s
# (RING_DELAY_MS; it waits only until the first answer). dc1, the seed, keeps start.sh's 100 ms.

log() { echo "cassandra/start_two_dc: $*" >&2; }
die() { log "$*"; exit 1; }
alive() { [[ -r "/proc/$1/stat" ]] && ! grep -qE '^[0-9]+ \(.*\) Z' "/proc/$1/stat"; }

[[ "$DELAY" =~ ^[0-9]+$ ]] || die "TWO_DC_DELAY_MS must be a whole number of milliseconds"
[[ -f "$PROXY_MAIN" ]] || die "$PROXY_MAIN is missing; run npm run build first"

print_env() {
  echo "TWO_DC_PROXY_PID=$1"
  echo "TWO_DC_DIR_A=$2"
  echo "TWO_DC_DIR_B=$3"
  echo "TWO_DC_DELAY_MS=$DELAY"
  echo "CHORUS_CASSANDRA_TWO_DC=$ADDR_A:$PORT_A,$ADDR_B:$PORT_B"
}

mkdir -p "$CACHE_ROOT/run"
exec 7>"$CACHE_ROOT/run/cassandra-two-dc$SUFFIX.lock"
flock -w 900 7 || die "another start/stop of the two-DC pair holds the lock"

start_node() { # address, edge address, CQL port, dc [, directory to restart on]
  CASSANDRA_ADDRESS="$1" CASSANDRA_BROADCAST_ADDRESS="$2" CASSANDRA_PORT="$3" CASSANDRA_DC="$4" \
  CASSANDRA_SEEDS="$EDGE_A:$STORAGE_A" CASSANDRA_CLUSTER_NAME="$CLUSTER" CASSANDRA_RESTARTABLE="$RESTARTABLE" \
  CASSANDRA_HEAP="$HEAP" CASSANDRA_MEMTABLE_MIB=64 CASSANDRA_DIR="${5:-}" CASSANDRA_RING_DELAY_MS="${RING_DELAY_MS:-100}" \
    "$ROOT/scripts/cassandra/start.sh" 7>&- | sed -n 's/^CASSANDRA_DIR=//p'
}

if [[ "${1:-}" == "--restart" ]]; then
  # Brings one node back on its own data after it was killed (the pair must be restartable).
  [[ -f "$STATE" ]] || die "no two-DC pair recorded in $STATE"
  # shellcheck disable=SC1090
  source "$STATE"
  case "${2:-}" in
    dc1) DIR="$(RESTARTABLE=1 start_node "$ADDR_A" "$EDGE_A" "$PORT_A" dc1 "$TWO_DC_DIR_A")" || true ;;
    dc2) DIR="$(RESTARTABLE=1 RING_DELAY_MS=10000 start_node "$ADDR_B" "$EDGE_B" "$PORT_B" dc2 "$TWO_DC_DIR_B")" || true ;;
    *) die "usage: start_two_dc.sh --restart dc1|dc2" ;;
  esac
  [[ -n "$DIR" ]] || die "${2} did not start again"
  log "${2} is back on $DIR"
  exit 0
fi

if [[ -f "$STATE" ]]; then
  # shellcheck disable=SC1090
  source "$STATE"
  if alive "${TWO_DC_PROXY_PID:-0}" && [[ -d "${TWO_DC_DIR_A:-}" && -d "${TWO_DC_DIR_B:-}" ]] \
      && alive "$(cat "$TWO_DC_DIR_A/chorus.pid" 2>/dev/null || echo 0)" && alive "$(cat "$TWO_DC_DIR_B/chorus.pid" 2>/dev/null || echo 0)"; then
    log "already running"
    cat "$STATE"
    exit 0
  fi
  die "a two-DC pair was started and is partly gone ($STATE); run scripts/cassandra/stop_two_dc.sh first"
fi

# --- The proxy between the DCs ------------------------------------------------------------------
PROXY_LOG="$(mktemp "${TMPDIR:-/tmp}/chorus-two-dc-proxy-XXXXXX.log")"
setsid node "$PROXY_MAIN" --delay-ms "$DELAY" \
  "$EDGE_A:$STORAGE_A=$ADDR_A:$STORAGE_A" "$EDGE_B:$STORAGE_B=$ADDR_B:$STORAGE_B" \
  </dev/null >"$PROXY_LOG" 2>&1 7>&- &
PROXY_PID=$!
for _ in $(seq 1 100); do
  [[ "$(grep -c '^delay-proxy listening' "$PROXY_LOG" || true)" == 2 ]] && break
  alive "$PROXY_PID" || { cat "$PROXY_LOG" >&2; die "the delay proxy exited"; }
  sleep 0.1
done
[[ "$(grep -c '^delay-proxy listening' "$PROXY_LOG" || true)" == 2 ]] || { kill "$PROXY_PID"; die "the delay proxy did not listen"; }
printf 'TWO_DC_PROXY_PID=%s\nTWO_DC_PROXY_LOG=%s\n' "$PROXY_PID" "$PROXY_LOG" >"$STATE"

fail() {
  log "$*; stopping what was started"
  TWO_DC_PORT_A="$PORT_A" "$ROOT/scripts/cassandra/stop_two_dc.sh" >&2 || true
  exit 1
}

# --- The two nodes ----------------------------------------------------------------------------------
DIR_A="$(start_node "$ADDR_A" "$EDGE_A" "$PORT_A" dc1)" || true
[[ -n "$DIR_A" ]] || fail "dc1's node did not start"
echo "TWO_DC_DIR_A=$DIR_A" >>"$STATE"
DIR_B="$(RING_DELAY_MS=10000 start_node "$ADDR_B" "$EDGE_B" "$PORT_B" dc2)" || true
[[ -n "$DIR_B" ]] || fail "dc2's node did not start"
echo "TWO_DC_DIR_B=$DIR_B" >>"$STATE"

# --- Both DCs see each other up -------------------------------------------------------------------
(cd "$ROOT" && node -e '
  const cassandra = require("cassandra-driver");
  const [a, b, seconds] = process.argv.slice(1);
  const deadline = Date.now() + Number(seconds) * 1000;
  (async () => {
    for (const [contact, dc, other] of [[a, "dc1", "dc2"], [b, "dc2", "dc1"]]) {
      const client = new cassandra.Client({ contactPoints: [contact], localDataCenter: dc });
      let seen = [];
      while (Date.now() < deadline) {
        const rs = await client.execute("SELECT data_center FROM system.peers_v2");
        seen = rs.rows.map((r) => r.data_center);
        if (seen.includes(other)) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      await client.shutdown();
      if (!seen.includes(other)) { console.error(`${dc} does not see ${other} (peers: ${seen})`); process.exit(1); }
    }
  })().catch((e) => { console.error(e.message); process.exit(1); });
' "$ADDR_A:$PORT_A" "$ADDR_B:$PORT_B" 120) || fail "the two data centres did not see each other"

echo "TWO_DC_DELAY_MS=$DELAY" >>"$STATE"
echo "CHORUS_CASSANDRA_TWO_DC=$ADDR_A:$PORT_A,$ADDR_B:$PORT_B" >>"$STATE"
print_env "$PROXY_PID" "$DIR_A" "$DIR_B"
log "dc1 at $ADDR_A:$PORT_A and dc2 at $ADDR_B:$PORT_B, storage traffic between them delayed ${DELAY} ms each way"
