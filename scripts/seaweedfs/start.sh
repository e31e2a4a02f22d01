#!/usr/bin/env bash
# Starts one throwaway SeaweedFS (master, volume, filer and S3 gateway in one `weed server`) on
# 127.0.0.1, the S3-compatible store Chorus media tests and benchmarks run against.
#
#   scripts/seaweedfs/start.sh      # prints SEAWEED_DIR=..., SEAWEED_PID=..., SEAWEED_S3_ENDPOINT=...,
#                                   # SEAWEED_ACCESS_KEY=..., SEAWEED_SECRET_KEY=...
#   scripts/seaweedfs/stop.sh "$SEAWEED_DIR"
#
# Every start uses a fresh directory under $TMPDIR (chorus-seaweed-XXXXXX) and free ports: nothing
# survives a stop, and two starts never share state. The binary comes from build.sh (built once
# from the Go module proxy, then cached). Buckets are the tests' business (each makes its own).
#
# Environment (all optional):
#   SEAWEED_START_TIMEOUT  seconds to wait until S3 answers and a volume takes writes, default 90
#   SEAWEED_BIN            the weed binary; default: scripts/seaweedfs/build.sh's cached build
set -euo pipefail

TIMEOUT="${SEAWEED_START_TIMEOUT:-90}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { echo "seaweedfs/start: $*" >&2; }
die() { log "$*"; exit 1; }

[[ "$TIMEOUT" =~ ^[0-9]+$ ]] || die "SEAWEED_START_TIMEOUT must be a number of seconds"
WEED="${SEAWEED_BIN:-}"
[[ -n "$WEED" ]] || WEED="$("$HERE/build.sh")" || die "no weed binary (build.sh failed)"
[[ -x "$WEED" ]] || die "$WEED is not an executable"
command -v curl >/dev/null || die "curl is needed to see when SeaweedFS is up"

# --- Ports: every server also listens on its port + 10000 (gRPC), so both must be free. Both stay
# below Linux's ephemeral range (32768+), where outgoing connections could take them meanwhile. ---
in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
TAKEN=" "
pick() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 12000 + RANDOM % 10700 ))
    [[ "$TAKEN" == *" $p "* || "$TAKEN" == *" $((p + 10000)) "* ]] && continue
    if ! in_use "$p" && ! in_use "$((p + 10000))"; then
      TAKEN="$TAKEN$p $((p + 10000)) "
      echo "$p"
      return 0
    fi
  done
  return 1
}
MASTER_PORT="$(pick)" || die "no free port pair"
VOLUME_PORT="$(pick)" || die "no free port pair"
FILER_PORT="$(pick)" || die "no free port pair"
S3_PORT="$(pick)" || die "no free port pair"

# --- Directory and credentials ----------------------------------------------------------------
DIR="$(mktemp -d "${TMPDIR:-/tmp}/chorus-seaweed-XXXXXX")"
mkdir -p "$DIR/data" "$DIR/logs"
ACCESS_KEY="chorus$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
SECRET_KEY="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
cat >"$DIR/s3.json" <<JSON
{
  "identities": [
    {
      "name": "chorus",
      "credentials": [{ "accessKey": "$ACCESS_KEY", "secretKey": "$SECRET_KEY" }],
      "actions": ["Admin", "Read", "Write", "List", "Tagging"]
    }
  ]
}
JSON

# Each bucket is a volume collection that grows by 7 volumes at first; 2 is plenty for tests.
# volume.max 0: as many volumes as the disk has room for (volumes are not preallocated).
WEED_MASTER_VOLUME_GROWTH_COPY_1=2 setsid "$WEED" server -ip=127.0.0.1 -ip.bind=127.0.0.1 -dir="$DIR/data" \
  -master.port="$MASTER_PORT" -master.volumeSizeLimitMB=512 \
  -volume.port="$VOLUME_PORT" -volume.max=0 \
  -filer.port="$FILER_PORT" \
  -s3 -s3.port="$S3_PORT" -s3.config="$DIR/s3.json" \
  </dev/null >"$DIR/logs/weed.log" 2>&1 &
PID=$!
echo "$PID" >"$DIR/chorus.pid"

# Up when S3 answers HTTP and the master can assign a file id (a volume takes writes).
deadline=$(( $(date +%s) + TIMEOUT ))
while :; do
  if ! kill -0 "$PID" 2>/dev/null; then
    tail -n 30 "$DIR/logs/weed.log" >&2
    rm -rf "$DIR"
    die "weed exited during start"
  fi
  if curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/" \
      && curl -s "http://127.0.0.1:$MASTER_PORT/dir/assign" | grep -q '"fid"'; then
    break
  fi
  if (( $(date +%s) > deadline )); then
    tail -n 30 "$DIR/logs/weed.log" >&2
    kill "$PID" 2>/dev/null || true
    rm -rf "$DIR"
    die "SeaweedFS did not come up within ${TIMEOUT}s"
  fi
  sleep 0.3
done

echo "SEAWEED_DIR=$DIR"
echo "SEAWEED_PID=$PID"
echo "SEAWEED_S3_ENDPOINT=http://127.0.0.1:$S3_PORT"
echo "SEAWEED_ACCESS_KEY=$ACCESS_KEY"
echo "SEAWEED_SECRET_KEY=$SECRET_KEY"
log "S3 on 127.0.0.1:$S3_PORT (master $MASTER_PORT, volume $VOLUME_PORT, filer $FILER_PORT)"
