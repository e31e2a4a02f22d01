#!/usr/bin/env bash
# Runs the k6 chat script (bench/k6/chat.js) against Chorus.
#
#   scripts/k6/run.sh                          # starts a throwaway `chorus --dev` on a free port, runs, stops it
#   CHORUS_URLS=http://127.0.0.1:8080 scripts/k6/run.sh        # against running --dev server(s)
#   PAIRS=200 RATE=5 DURATION=60 scripts/k6/run.sh [extra k6 run args...]
#
# Bring your own k6: this project neither downloads nor builds it. The script uses `k6` from PATH,
# or the binary named by K6 (K6=/opt/k6/k6 scripts/k6/run.sh). It bundles the protocol code
# (bench/k6/bundle.mjs) and needs `npm run build` done when it starts the server itself.
# Exit status is k6's: non-zero when a threshold failed.
set -euo pipefail
cd "$(dirname "$0")/../.."

K6="${K6:-k6}"
command -v "${K6}" >/dev/null || { echo "scripts/k6/run.sh: no k6 here (${K6}): install k6 yourself, or set K6 to its path" >&2; exit 1; }
node bench/k6/bundle.mjs >&2

server_pid=""
data_dir=""
cleanup() {
  if [[ -n "${server_pid}" ]]; then kill "${server_pid}" 2>/dev/null || true; wait "${server_pid}" 2>/dev/null || true; fi
  if [[ -n "${data_dir}" ]]; then rm -rf "${data_dir}"; fi
}
trap cleanup EXIT

if [[ -z "${CHORUS_URLS:-}" ]]; then
  [[ -f dist/cmd/chorus.js ]] || { echo "scripts/k6/run.sh: run 'npm run build' first" >&2; exit 1; }
  data_dir="$(mktemp -d -t chorus-k6-XXXXXX)"
  CHORUS_LOG_LEVEL=warn node dist/cmd/chorus.js --dev --port 0 --data-dir "${data_dir}" > "${data_dir}/stdout" 2> "${data_dir}/stderr" &
  server_pid=$!
  for _ in $(seq 1 150); do
    port="$(grep -o '"port":[0-9]*' "${data_dir}/stdout" 2>/dev/null | head -1 | cut -d: -f2 || true)"
    [[ -n "${port}" ]] && break
    kill -0 "${server_pid}" 2>/dev/null || { cat "${data_dir}/stderr" >&2; exit 1; }
    sleep 0.1
  done
  [[ -n "${port:-}" ]] || { echo "scripts/k6/run.sh: the server did not start" >&2; exit 1; }
  export CHORUS_URLS="http://127.0.0.1:${port}"
  echo "started chorus --dev (pid ${server_pid}) at ${CHORUS_URLS}" >&2
fi

"${K6}" run --quiet "$@" bench/k6/chat.js
