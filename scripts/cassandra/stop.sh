#!/usr/bin/env bash
# Stops the test Cassandra node that scripts/cassandra/start.sh started and removes its directory.
#
#   scripts/cassandra/stop.sh                 # the node on CASSANDRA_PORT (default 9042)
#   scripts/cassandra/stop.sh /tmp/chorus-cassandra-XXXXXX   # the node living in that directory
#   scripts/cassandra/stop.sh --keep [DIR]    # stops the node but keeps its directory, so that
#                                             # CASSANDRA_DIR=DIR start.sh restarts it on its data
#
# Stopping a node that is not running is not an error. Waits up to 30 s for a clean exit, then kills.
# A node paused with SIGSTOP is continued first, so that it can act on SIGTERM.
set -euo pipefail

KEEP=""
if [[ "${1:-}" == "--keep" ]]; then
  KEEP=1
  shift
fi

PORT="${CASSANDRA_PORT:-9042}"
CACHE_ROOT="${CHORUS_CACHE:-$HOME/.cache/chorus}"
RUN_DIR="$CACHE_ROOT/run"

log() { echo "cassandra/stop: $*" >&2; }
# A process that exists and is not a zombie.
alive() { [[ -r "/proc/$1/stat" ]] && ! grep -qE '^[0-9]+ \(.*\) Z' "/proc/$1/stat"; }

DIR="${1:-}"
RUN_FILE=""
if [[ -z "$DIR" ]]; then
  RUN_FILE="$RUN_DIR/cassandra-$PORT.env"
  if [[ ! -f "$RUN_FILE" ]]; then
    log "no node recorded for port $PORT; nothing to stop"
    exit 0
  fi
  DIR="$(sed -n 's/^CASSANDRA_DIR=//p' "$RUN_FILE")"
else
  # Find the run file that names this directory, so it is removed too.
  for f in "$RUN_DIR"/cassandra-*.env; do
    [[ -f "$f" ]] && grep -qx "CASSANDRA_DIR=$DIR" "$f" && RUN_FILE="$f" && PORT="$(sed -n 's/^CASSANDRA_PORT=//p' "$f")"
  done
fi

# Only ever delete a directory that start.sh made.
[[ "$(basename "$DIR")" == chorus-cassandra-* ]] || { log "refusing to touch '$DIR': not a chorus-cassandra directory"; exit 1; }

mkdir -p "$RUN_DIR"
exec 9>"$RUN_DIR/cassandra-$PORT.lock"
flock -w 120 9 || { log "another start/stop for port $PORT holds the lock"; exit 1; }

PID=""
[[ -f "$DIR/chorus.pid" ]] && PID="$(cat "$DIR/chorus.pid")"
if [[ -n "$PID" ]] && alive "$PID"; then
  # Make sure the pid still belongs to this node's JVM before signalling it.
  if tr '\0' ' ' <"/proc/$PID/cmdline" 2>/dev/null | grep -q -- "-Dcassandra.config=file://$DIR/conf/cassandra.yaml"; then
    kill -CONT "$PID" 2>/dev/null || true
    kill -TERM "$PID"
    deadline=$((SECONDS + 30))
    while alive "$PID" && (( SECONDS < deadline )); do sleep 0.2; done
    if alive "$PID"; then
      log "pid $PID did not exit within 30 s; killing it"
      kill -KILL "$PID" 2>/dev/null || true
      deadline=$((SECONDS + 10))
      while alive "$PID" && (( SECONDS < deadline )); do sleep 0.1; done
    fi
    log "stopped pid $PID"
  else
    log "pid $PID is not this node's JVM any more; not signalling it"
  fi
fi

[[ -n "$RUN_FILE" ]] && rm -f "$RUN_FILE"
if [[ -n "$KEEP" ]]; then
  rm -f "$DIR/chorus.pid"
  log "kept $DIR (restart it with CASSANDRA_DIR=$DIR scripts/cassandra/start.sh)"
else
  rm -rf "$DIR"
  log "removed $DIR"
fi
