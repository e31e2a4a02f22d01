#!/usr/bin/env bash
# Builds the Centrifugo server the `peers` bench compares Chorus with, once, into a cache directory.
#
#   scripts/centrifugo/build.sh        # prints CENTRIFUGO_BIN=<path to the binary>
#
# Environment (all optional):
#   CENTRIFUGO_VERSION  module version, default v6.9.1 (pinned: figures are compared across runs)
#   CHORUS_CACHE        cache root, default $HOME/.cache/chorus
#   GO                  the go command, default `go` on PATH (or /usr/local/go/bin/go)
#
# The first run fetches github.com/centrifugal/centrifugo/v6 from the Go module proxy and compiles it
# into $CHORUS_CACHE/centrifugo-<version>/bin; later runs print that path without touching the network.
# Outside the test path: only `npm run bench -- peers` uses it.
set -euo pipefail

VERSION="${CENTRIFUGO_VERSION:-v6.9.1}"
CACHE_ROOT="${CHORUS_CACHE:-$HOME/.cache/chorus}"
CACHE="$CACHE_ROOT/centrifugo-$VERSION"
BIN="$CACHE/bin/centrifugo"

log() { echo "centrifugo/build: $*" >&2; }
die() { log "$*"; exit 1; }

[[ "$VERSION" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "CENTRIFUGO_VERSION must look like v6.9.1, not '$VERSION'"

mkdir -p "$CACHE_ROOT"
exec 8>"$CACHE_ROOT/centrifugo-$VERSION.lock"
flock -w 1800 8 || die "another build of centrifugo $VERSION is still running"

if [[ ! -f "$CACHE/.complete" || ! -x "$BIN" ]]; then
  GO_CMD="${GO:-}"
  if [[ -z "$GO_CMD" ]]; then
    if command -v go >/dev/null; then GO_CMD=go; elif [[ -x /usr/local/go/bin/go ]]; then GO_CMD=/usr/local/go/bin/go; fi
  fi
  [[ -n "$GO_CMD" ]] || die "go not found; it is needed once to build centrifugo $VERSION"
  rm -rf "$CACHE_ROOT/.centrifugo-$VERSION".*   # left by an interrupted first run
  STAGE="$(mktemp -d "$CACHE_ROOT/.centrifugo-$VERSION.XXXXXX")"
  log "building github.com/centrifugal/centrifugo/v6@$VERSION into $CACHE (first run only)"
  if ! GOBIN="$STAGE/bin" GOFLAGS=-mod=mod CGO_ENABLED=0 \
      "$GO_CMD" install "github.com/centrifugal/centrifugo/v6@$VERSION" >"$STAGE/build.log" 2>&1; then
    tail -n 40 "$STAGE/build.log" >&2
    rm -rf "$STAGE"
    die "go install of centrifugo $VERSION failed"
  fi
  [[ -x "$STAGE/bin/centrifugo" ]] || { rm -rf "$STAGE"; die "go install produced no centrifugo binary"; }
  touch "$STAGE/.complete"
  rm -rf "$CACHE"
  mv "$STAGE" "$CACHE"
fi
echo "CENTRIFUGO_BIN=$BIN"
