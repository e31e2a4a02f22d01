#!/usr/bin/env bash
# The README's test command (`npm test`): installs what the tests need, starts the services they
# use, type-checks, builds and runs every test. Safe to run on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "installing npm dependencies"
  npm ci --no-audit --no-fund
fi

step "checking generated protocol code"
npm run --silent proto:check

if ! command -v promtool >/dev/null; then
  step "installing promtool (Debian's prometheus package; the metrics test lints /metrics with it)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
  systemctl disable --now prometheus >/dev/null 2>&1 || true
fi

if ! command -v chromium >/dev/null || ! dpkg -s fonts-noto-color-emoji >/dev/null 2>&1; then
  step "installing chromium and an emoji font (Debian's packages; the browser tests in test/web drive it headless)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null
fi

step "linting"
npm run --silent lint

step "type-checking and building"
npm run --silent build

services=()
cleanup() {
  local rc=$?
  for stop in "${services[@]}"; do eval "$stop" || true; done
  exit $rc
}
trap cleanup EXIT

# The region tests' two-DC pairs (docs/regions.md, "Testing two regions"): started in the background
# now (their JVMs start while the services below do), waited for before the tests. The shared pair
# serves test/region/two_dc and two_region_chat; region_loss kills dc1 of its own, restartable pair.
source scripts/cassandra/two_dc_background.sh
pairs=()
if [[ -x scripts/cassandra/start_two_dc.sh && "${CHORUS_SKIP_CASSANDRA:-}" != 1 ]]; then
  if [[ -z "${CHORUS_CASSANDRA_TWO_DC:-}" ]]; then
    step "starting the shared two-DC Cassandra pair in the background (dc1/dc2, 60 ms apart)"
    two_dc_bg_start shared 19042 19043
    services+=("two_dc_bg_stop shared")
    pairs+=(shared)
  fi
  if [[ -z "${TWO_DC_LOSS_PAIR:-}" ]]; then
    step "starting the region-loss two-DC pair in the background (restartable, ports 19044/19045)"
    two_dc_bg_start loss 19044 19045 1
    services+=("two_dc_bg_stop loss")
    pairs+=(loss)
  fi
fi

if [[ -x scripts/cassandra/start.sh && "${CHORUS_SKIP_CASSANDRA:-}" != 1 ]]; then
  step "starting Cassandra (the ScyllaStore tests run against it)"
  eval "$(scripts/cassandra/start.sh | grep -E '^CASSANDRA_(DIR|PID|PORT)=')"
  services+=("scripts/cassandra/stop.sh '$CASSANDRA_DIR'")
  export CHORUS_CASSANDRA="127.0.0.1:${CASSANDRA_PORT}"
fi

if [[ -x scripts/etcd/start.sh && -z "${CHORUS_ETCD:-}" ]]; then
  step "starting etcd (the cluster membership tests run against it)"
  eval "$(scripts/etcd/start.sh | grep -E '^ETCD_(DIR|PID|ENDPOINT)=')"
  services+=("scripts/etcd/stop.sh '$ETCD_DIR'")
  export CHORUS_ETCD="$ETCD_ENDPOINT"
fi

if [[ -x scripts/seaweedfs/start.sh && -z "${SEAWEED_S3_ENDPOINT:-}" ]]; then
  step "starting SeaweedFS (the S3 media store tests run against it; built once with Go, then cached)"
  if weed_env="$(scripts/seaweedfs/start.sh)"; then
    eval "$(grep -E '^SEAWEED_(DIR|PID|S3_ENDPOINT|ACCESS_KEY|SECRET_KEY)=' <<<"$weed_env")"
    services+=("scripts/seaweedfs/stop.sh '$SEAWEED_DIR'")
    export SEAWEED_S3_ENDPOINT SEAWEED_ACCESS_KEY SEAWEED_SECRET_KEY
  else
    echo "SeaweedFS could not be built or started (is Go 1.24+ installed?): the S3 media tests are skipped" >&2
  fi
fi

if [[ -x scripts/opensearch/start.sh && "${CHORUS_SKIP_OPENSEARCH:-}" != 1 && -z "${CHORUS_OPENSEARCH:-}" ]]; then
  # test/search/opensearch.test.ts starts its own node with the script (it pauses, kills and
  # restarts it); the first run resolves the jars with Maven (docs/search.md).
  export CHORUS_OPENSEARCH=start
fi

for pair in "${pairs[@]}"; do
  step "waiting for the $pair two-DC pair"
  two_dc_bg_wait "$pair"
  if [[ "$pair" == shared ]]; then
    eval "$(grep -E '^(CHORUS_CASSANDRA_TWO_DC|TWO_DC_DELAY_MS)=' <<<"$TWO_DC_BG_ENV")"
    export CHORUS_CASSANDRA_TWO_DC TWO_DC_DELAY_MS
  else
    TWO_DC_LOSS_PAIR="$(sed -n 's/^CHORUS_CASSANDRA_TWO_DC=//p' <<<"$TWO_DC_BG_ENV")"
    export TWO_DC_LOSS_PAIR
  fi
done

step "running tests"
mapfile -t files < <(find dist/test -name '*.test.js' | sort)
if [[ -z "${CHORUS_CASSANDRA:-}" ]]; then
  mapfile -t files < <(printf '%s\n' "${files[@]}" | grep -v '/scylla_')
fi
# region_loss kills dc1 of its pair and restarts it (the commit-log replay takes up to two minutes on
# a loaded machine): it runs on its own, after the rest, with a longer timeout (the timeout also
# bounds a whole file).
long=(dist/test/region/region_loss.test.js)
mapfile -t files < <(printf '%s\n' "${files[@]}" | grep -v -x -F -e "${long[0]}")
status=0
node --test --test-timeout=300000 "${files[@]}" || status=$?
node --test --test-timeout=600000 "${long[@]}" || status=$?
exit "$status"
