#!/usr/bin/env bash
# Stops what scripts/cassandra/start_two_dc.sh started: both nodes (through stop.sh, which removes
# their directories) and the delay proxy, each by its recorded pid. Nothing recorded: nothing to do.
# TWO_DC_PORT_A picks the pair (default 19042, the shared one).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE_ROOT="${CHORUS_CACHE:-$HOME/.cache/chorus}"
PORT_A="${TWO_DC_PORT_A:-19042}"
# The default pair's state, or another pair's (start_two_dc.sh with its TWO_DC_PORT_A).
if [[ "$PORT_A" == 19042 ]]; then STATE="$CACHE_ROOT/run/cassandra-two-dc.env"; else STATE="$CACHE_ROOT/run/cassandra-two-dc-$PORT_A.env"; fi

log() { echo "cassandra/stop_two_dc: $*" >&2; }
alive() { [[ -r "/proc/$1/stat" ]] && ! grep -qE '^[0-9]+ \(.*\) Z' "/proc/$1/stat"; }

[[ -f "$STATE" ]] || { log "no two-DC pair recorded; nothing to stop"; exit 0; }
TWO_DC_PROXY_PID="" TWO_DC_PROXY_LOG="" TWO_DC_DIR_A="" TWO_DC_DIR_B=""
# shellcheck disable=SC1090
source "$STATE"

for dir in "$TWO_DC_DIR_A" "$TWO_DC_DIR_B"; do
  [[ -n "$dir" ]] && "$ROOT/scripts/cassandra/stop.sh" "$dir"
done
if [[ -n "$TWO_DC_PROXY_PID" ]] && alive "$TWO_DC_PROXY_PID"; then
  # Only the proxy this pair started: its command line names delay_proxy_main.js.
  if tr '\0' ' ' <"/proc/$TWO_DC_PROXY_PID/cmdline" 2>/dev/null | grep -q 'delay_proxy_main.js'; then
    kill -TERM "$TWO_DC_PROXY_PID"
    for _ in $(seq 1 50); do alive "$TWO_DC_PROXY_PID" || break; sleep 0.1; done
    alive "$TWO_DC_PROXY_PID" && kill -KILL "$TWO_DC_PROXY_PID"
    log "stopped the delay proxy (pid $TWO_DC_PROXY_PID)"
  fi
fi
[[ "$TWO_DC_PROXY_LOG" == */chorus-two-dc-proxy-*.log ]] && rm -f "$TWO_DC_PROXY_LOG"
rm -f "$STATE"
