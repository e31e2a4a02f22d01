#!/usr/bin/env bash
# Starts one throwaway etcd on 127.0.0.1 for Chorus tests and benchmarks (cluster membership).
#
#   scripts/etcd/start.sh             # prints ETCD_DIR=..., ETCD_PID=..., ETCD_ENDPOINT=...
#   scripts/etcd/stop.sh "$ETCD_DIR"  # stops it and removes its directory
#
# Every start uses a fresh data directory under $TMPDIR (chorus-etcd-XXXXXX): nothing survives a
# stop, and two starts never share state. The node is tuned to start fast, not to be durable.
#
# Environment (all optional):
#   ETCD_PORT            client port; default 2379. When the default is taken (a system etcd, another
#                        test run), a free port is picked; a port given explicitly must be free.
#   ETCD_PEER_PORT       peer port; default: a free port
#   ETCD_START_TIMEOUT   seconds to wait until /health answers true, default 30
#   ETCD_BIN             the etcd binary, default `etcd` on PATH
#
# When etcd is not installed, Debian's etcd-server package is installed (apt-get; needs root).
set -euo pipefail

TIMEOUT="${ETCD_START_TIMEOUT:-30}"
ETCD="${ETCD_BIN:-etcd}"

log() { echo "etcd/start: $*" >&2; }
die() { log "$*"; exit 1; }

[[ "$TIMEOUT" =~ ^[0-9]+$ ]] || die "ETCD_START_TIMEOUT must be a number of seconds"

# --- The binary ---------------------------------------------------------------------------------
if ! command -v "$ETCD" >/dev/null; then
  [[ -z "${ETCD_BIN:-}" ]] || die "ETCD_BIN=$ETCD_BIN is not an executable"
  command -v apt-get >/dev/null || die "etcd is not installed and apt-get is missing; install etcd 3.4+ and retry"
  SUDO=""
  if (( EUID != 0 )); then
    command -v sudo >/dev/null || die "etcd is not installed; installing etcd-server needs root (or sudo)"
    SUDO="sudo"
  fi
  log "etcd not found; installing Debian's etcd-server"
  # The package's own service must not start (and take port 2379): policy-rc.d says so for the
  # duration of the install only when none exists already.
  POLICY=/usr/sbin/policy-rc.d
  ADDED_POLICY=""
  if [[ ! -e "$POLICY" ]]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null && $SUDO chmod 755 "$POLICY" && ADDED_POLICY=1
  fi
  rc=0
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq etcd-server >/dev/null; } || rc=$?
  [[ -n "$ADDED_POLICY" ]] && $SUDO rm -f "$POLICY"
  (( rc == 0 )) || die "apt-get install etcd-server failed ($rc)"
  command -v "$ETCD" >/dev/null || die "etcd-server installed but $ETCD is still not on PATH"
fi

# --- Ports ----------------------------------------------------------------------------------------
in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# A port the kernel hands out as free right now (bound and released at once).
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'; }

if [[ -n "${ETCD_PORT:-}" ]]; then
  [[ "$ETCD_PORT" =~ ^[0-9]+$ ]] || die "ETCD_PORT must be a number"
  PORT="$ETCD_PORT"
  in_use "$PORT" && die "ETCD_PORT=$PORT is already in use"
else
  PORT=2379
  if in_use "$PORT"; then
    PORT="$(free_port)"
    log "port 2379 is taken; using $PORT"
  fi
fi
if [[ -n "${ETCD_PEER_PORT:-}" ]]; then
  [[ "$ETCD_PEER_PORT" =~ ^[0-9]+$ ]] || die "ETCD_PEER_PORT must be a number"
  PEER_PORT="$ETCD_PEER_PORT"
  in_use "$PEER_PORT" && die "ETCD_PEER_PORT=$PEER_PORT is already in use"
else
  PEER_PORT="$(free_port)"
  while [[ "$PEER_PORT" == "$PORT" ]]; do PEER_PORT="$(free_port)"; done
fi

# --- Start ----------------------------------------------------------------------------------------
DIR="$(mktemp -d "${TMPDIR:-/tmp}/chorus-etcd-XXXXXX")"
ENDPOINT="http://127.0.0.1:$PORT"
PEER_URL="http://127.0.0.1:$PEER_PORT"

# grpc-keepalive-min-time 1s: cluster nodes ping more often than etcd's default 5 s allows.
setsid "$ETCD" \
  --name chorus-test \
  --data-dir "$DIR/data" \
  --listen-client-urls "$ENDPOINT" --advertise-client-urls "$ENDPOINT" \
  --listen-peer-urls "$PEER_URL" --initial-advertise-peer-urls "$PEER_URL" \
  --initial-cluster "chorus-test=$PEER_URL" --initial-cluster-state new \
  --initial-cluster-token "chorus-test-$$-$RANDOM" \
  --grpc-keepalive-min-time 1s \
  --logger zap --log-outputs "$DIR/etcd.log" \
  </dev/null >"$DIR/stdout.log" 2>&1 &
PID=$!
echo "$PID" >"$DIR/etcd.pid"

START_NS="$(date +%s%N)"
healthy() {
  local reply
  reply="$( (exec 3<>"/dev/tcp/127.0.0.1/$PORT" && printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && timeout 2 cat <&3) 2>/dev/null || true)"
  [[ "$reply" == *'"health":"true"'* ]]
}
deadline=$((SECONDS + TIMEOUT))
until healthy; do
  if ! kill -0 "$PID" 2>/dev/null || (( SECONDS >= deadline )); then
    if kill -0 "$PID" 2>/dev/null; then log "etcd did not become healthy within ${TIMEOUT}s"; else log "etcd exited"; fi
    tail -n 30 "$DIR/etcd.log" "$DIR/stdout.log" >&2 2>/dev/null || true
    kill -KILL "$PID" 2>/dev/null || true
    rm -rf "$DIR"
    exit 1
  fi
  sleep 0.05
done
ELAPSED_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))

echo "ETCD_DIR=$DIR"
echo "ETCD_PID=$PID"
echo "ETCD_ENDPOINT=$ENDPOINT"
log "etcd $("$ETCD" --version | sed -n 's/^etcd Version: //p') healthy on $ENDPOINT after ${ELAPSED_MS} ms"
