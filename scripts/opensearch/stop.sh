#!/usr/bin/env bash
# Stops a node that scripts/opensearch/start.sh started and removes its directory.
#
#   scripts/opensearch/stop.sh /tmp/chorus-opensearch-XXXXXX   # (OPENSEARCH_DIR from start.sh)
#
# A node paused with SIGSTOP is continued first. Waits up to 30 s, then kills.
set -euo pipefail
DIR="${1:-${OPENSEARCH_DIR:-}}"
log() { echo "opensearch/stop: $*" >&2; }
[[ -n "$DIR" && "$(basename "$DIR")" == chorus-opensearch-* ]] || { log "refusing '$DIR': not a chorus-opensearch directory"; exit 1; }
if [[ -f "$DIR/chorus.pid" ]]; then
  PID="$(cat "$DIR/chorus.pid")"
  if kill -0 "$PID" 2>/dev/null && tr '\0' ' ' <"/proc/$PID/cmdline" 2>/dev/null | grep -q -- "-Dopensearch.path.home=$DIR "; then
    kill -CONT "$PID" 2>/dev/null || true
    kill -TERM "$PID" 2>/dev/null || true
    deadline=$((SECONDS + 30))
    while kill -0 "$PID" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
    kill -KILL "$PID" 2>/dev/null || true
    log "stopped pid $PID"
  fi
fi
rm -rf "$DIR"
