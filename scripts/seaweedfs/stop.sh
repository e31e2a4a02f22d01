#!/usr/bin/env bash
# Stops the SeaweedFS that scripts/seaweedfs/start.sh started in DIR and removes DIR.
#
#   scripts/seaweedfs/stop.sh /tmp/chorus-seaweed-XXXXXX
#
# Stopping one that is not running is not an error. Waits up to 15 s for a clean exit, then kills.
set -euo pipefail

DIR="${1:-${SEAWEED_DIR:-}}"
log() { echo "seaweedfs/stop: $*" >&2; }
[[ -n "$DIR" ]] || { log "usage: stop.sh DIR"; exit 1; }
# Only ever touch a directory that start.sh made.
[[ "$(basename "$DIR")" == chorus-seaweed-* ]] || { log "refusing to touch '$DIR': not a chorus-seaweed directory"; exit 1; }
[[ -d "$DIR" ]] || exit 0

if [[ -f "$DIR/chorus.pid" ]]; then
  PID="$(cat "$DIR/chorus.pid")"
  # The pid must still be a weed serving this directory (not a reused pid).
  if [[ -r "/proc/$PID/cmdline" ]] && tr '\0' ' ' <"/proc/$PID/cmdline" | grep -q -- "-dir=$DIR/data"; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 75); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$PID" 2>/dev/null || true
  fi
fi
rm -rf "$DIR"
