# Sourced by scripts/test.sh (bash): starts two-DC Cassandra pairs (start_two_dc.sh) in the background,
# so that their JVMs start while the other services start, waits for them before the tests, and
# stops at exit only a pair this run started (a pair that was already running is left alone).
#
#   two_dc_bg_start NAME PORT_A PORT_B [RESTARTABLE]   # returns at once
#   two_dc_bg_wait NAME                                # waits; sets TWO_DC_BG_ENV to the pair's TWO_DC_*= lines;
#                                                      # 1 if it failed (call it in this shell, not in $(...))
#   two_dc_bg_stop NAME                                # waits for a start in progress, stops the pair if ours
#
# Each start logs "NAME: started in N s" (or "already running") to stderr: the time the tests wait
# for it is what is left of N after the other services' start.

declare -gA TWO_DC_BG_PID=() TWO_DC_BG_DIR=() TWO_DC_BG_PORT=()
TWO_DC_BG_ENV=""
TWO_DC_BG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

two_dc_bg_start() {
  local name="$1" port_a="$2" port_b="$3" restartable="${4:-}" dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/chorus-two-dc-bg-XXXXXX")"
  (
    began=$SECONDS rc=0
    start() {
      TWO_DC_PORT_A="$port_a" TWO_DC_PORT_B="$port_b" TWO_DC_RESTARTABLE="$restartable" \
        "$TWO_DC_BG_ROOT/scripts/cassandra/start_two_dc.sh" >"$dir/out" 2>>"$dir/err" </dev/null
    }
    # One more try after a failed start (seen once: a node's JVM exiting while it started, on a
    # loaded machine); the failed try stopped what it had started.
    start || { rc=$?; echo "== the first start failed (exit $rc); trying once more" >>"$dir/err"; TWO_DC_PORT_A="$port_a" "$TWO_DC_BG_ROOT/scripts/cassandra/stop_two_dc.sh" 2>>"$dir/err" || true; rc=0; start || rc=$?; }
    echo $((SECONDS - began)) >"$dir/seconds"
    echo "$rc" >"$dir/rc"
  ) &
  TWO_DC_BG_PID[$name]=$!
  TWO_DC_BG_DIR[$name]="$dir"
  TWO_DC_BG_PORT[$name]="$port_a"
}

# Started by this run (not found running), and done.
two_dc_bg_ours() {
  local dir="${TWO_DC_BG_DIR[$1]}"
  [[ "$(cat "$dir/rc" 2>/dev/null)" == 0 ]] && ! grep -q '^cassandra/start_two_dc: already running' "$dir/err"
}

two_dc_bg_wait() {
  local name="$1" dir="${TWO_DC_BG_DIR[$1]}"
  wait "${TWO_DC_BG_PID[$name]}" || true
  if [[ "$(cat "$dir/rc" 2>/dev/null)" != 0 ]]; then
    echo "two-DC pair $name (TWO_DC_PORT_A=${TWO_DC_BG_PORT[$name]}) did not start:" >&2
    cat "$dir/err" >&2
    return 1
  fi
  if two_dc_bg_ours "$name"; then
    echo "two-DC pair $name: started in $(cat "$dir/seconds") s" >&2
  else
    echo "two-DC pair $name: already running (left running at exit)" >&2
  fi
  TWO_DC_BG_ENV="$(grep -E '^(TWO_DC_[A-Z_]+|CHORUS_CASSANDRA_TWO_DC)=' "$dir/out")"
}

two_dc_bg_stop() {
  local name="$1" dir="${TWO_DC_BG_DIR[$1]:-}"
  [[ -n "$dir" ]] || return 0
  wait "${TWO_DC_BG_PID[$name]}" 2>/dev/null || true
  # A failed start stopped what it had started (start_two_dc.sh's own clean-up).
  if two_dc_bg_ours "$name"; then TWO_DC_PORT_A="${TWO_DC_BG_PORT[$name]}" "$TWO_DC_BG_ROOT/scripts/cassandra/stop_two_dc.sh"; fi
  rm -rf "$dir"
  unset "TWO_DC_BG_DIR[$name]"
}
