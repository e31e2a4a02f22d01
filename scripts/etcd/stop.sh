#!/usr/bin/env bash
# Stops an etcd that scripts/etcd/start.sh started and removes its directory.
#
#   scripts/etcd/stop.sh /tmp/chorus-etcd-XXXXXX     # or ETCD_DIR=... scripts/etcd/stop.sh
#
# Stopping one that is not running is not an error. A node paused with SIGSTOP is continued first.
# Waits up to 10 s for a clean exit, then kills it.
set -euo pipefail

log() { echo "etcd/stop: $*" >&2; }

DIR="${1:-${ETCD_DIR:-}}"
[[ -n "$DIR" ]] || { log "usage: stop.sh ETCD_DIR"; exit 2; }
# Only ever touch a directory start.sh made.
[[ "$(basename "$DIR")" == chorus-etcd-* ]] || { log "refusing to touch '$DIR': not a chorus-etcd directory"; exit 1; }
[[ -d "$DIR" ]] || { log "$DIR is gone; nothing to stop"; exit 0; }

alive() { [[ -r "/proc/$1/stat" ]] && ! grep -qE '^[0-9]+ \(.*\) Z' "/proc/$1/stat"; }

PID=""
[[ -f "$DIR/etcd.pid" ]] && PID="$(cat "$DIR/etcd.pid")"
if [[ -n "$PID" ]] && alive "$PID"; then
  # The pid must still be this directory's etcd before it is signalled.
  if tr '\0' ' ' <"/proc/$PID/cmdline" 2>/dev/null | grep -q -- "--data-dir $DIR/data"; then
    kill -CONT "$PID" 2>/dev/null || true
    kill -TERM "$PID" 2>/dev/null || true
    deadline=$((SECONDS + 10))
    while alive "$PID" && (( SECONDS < deadline )); do sleep 0.05; done
    if alive "$PID"; then
      log "pid $PID did not exit within 10 s; killing it"
      kill -KILL "$PID" 2>/dev/null || true
      deadline=$((SECONDS + 5))
      while alive "$PID" && (( SECONDS < deadline )); do sleep 0.05; done
    fi
    log "stopped pid $PID"
  else
    log "pid $PID is not this directory's etcd any more; not signalling it"
  fi
fi
rm -rf "$DIR"
log "removed $DIR"
