#!/usr/bin/env bash
# Builds the k6 load-testing binary from the Go module proxy into a cache directory and prints its
# path. k6 is in neither Debian nor npm. Reuses the cached binary when it is already there, so only
# the first run takes minutes. Never part of the test path: `npm test` does not call this.
#
#   scripts/k6/build.sh            # prints e.g. /root/.cache/chorus/k6/v1.8.1/bin/k6
#   K6_VERSION=v1.8.1 scripts/k6/build.sh
set -euo pipefail

K6_VERSION="${K6_VERSION:-v1.8.1}"
CACHE_ROOT="${CHORUS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/chorus}/k6/${K6_VERSION}"
BIN="${CACHE_ROOT}/bin/k6"

if [[ -x "${BIN}" ]]; then
  echo "${BIN}"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "scripts/k6/build.sh: Go is needed to build k6 (go install go.k6.io/k6@${K6_VERSION})" >&2
  exit 1
fi

mkdir -p "${CACHE_ROOT}"
echo "building k6 ${K6_VERSION} into ${CACHE_ROOT} (takes a few minutes the first time)" >&2
# GOBIN picks the install directory; -mod=mod lets `go install pkg@version` resolve the module graph
# itself. CGO is off so the binary is static and does not depend on the host's libc.
GOBIN="${CACHE_ROOT}/bin" GOFLAGS=-mod=mod CGO_ENABLED=0 go install "go.k6.io/k6@${K6_VERSION}" >&2
"${BIN}" version >&2
echo "${BIN}"
