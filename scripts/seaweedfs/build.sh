#!/usr/bin/env bash
# Builds the SeaweedFS `weed` binary (an S3-compatible object store) for Chorus media tests and
# benchmarks, once, into a cache; later runs print the cached path and do not touch the network.
#
#   scripts/seaweedfs/build.sh          # prints the path of the weed binary on stdout
#
# `go install github.com/seaweedfs/seaweedfs/weed@VERSION` is refused because SeaweedFS's go.mod
# has replace directives; a throwaway wrapper module that depends on it builds fine.
#
# Environment (all optional):
#   SEAWEED_VERSION   Go module version, default v0.0.0-20261109003541-7506e5f91cd6
#   CHORUS_CACHE      cache root, default $HOME/.cache/chorus
#   GO                the go tool, default `go` on PATH (or /usr/local/go/bin/go)
set -euo pipefail

VERSION="${SEAWEED_VERSION:-v0.0.0-20261109003541-7506e5f91cd6}"
CACHE_ROOT="${CHORUS_CACHE:-$HOME/.cache/chorus}"
CACHE="$CACHE_ROOT/seaweedfs-$VERSION"
GO="${GO:-go}"

log() { echo "seaweedfs/build: $*" >&2; }
die() { log "$*"; exit 1; }

if [[ -f "$CACHE/.complete" && -x "$CACHE/weed" ]]; then
  echo "$CACHE/weed"
  exit 0
fi

command -v "$GO" >/dev/null || { [[ -x /usr/local/go/bin/go ]] && GO=/usr/local/go/bin/go; } \
  || die "the go tool is not installed; it is needed once to build SeaweedFS $VERSION"
mkdir -p "$CACHE_ROOT"
exec 8>"$CACHE_ROOT/seaweedfs-$VERSION.lock"
flock -w 1800 8 || die "another build of SeaweedFS $VERSION is still running"
if [[ -f "$CACHE/.complete" && -x "$CACHE/weed" ]]; then
  echo "$CACHE/weed"
  exit 0
fi

rm -rf "$CACHE_ROOT/.seaweedfs-$VERSION".*   # left by an interrupted build
STAGE="$(mktemp -d "$CACHE_ROOT/.seaweedfs-$VERSION.XXXXXX")"
log "building github.com/seaweedfs/seaweedfs/weed@$VERSION into $CACHE (first run only, several minutes)"
START="$(date +%s)"
# tools.go keeps the weed package in the module graph, so `go mod tidy` records its dependencies.
printf '//go:build tools\n\npackage tools\n\nimport _ "github.com/seaweedfs/seaweedfs/weed"\n' >"$STAGE/tools.go"
if ! (cd "$STAGE" && "$GO" mod init chorus.local/weed \
      && "$GO" get "github.com/seaweedfs/seaweedfs@$VERSION" \
      && "$GO" mod tidy \
      && CGO_ENABLED=0 "$GO" build -o weed github.com/seaweedfs/seaweedfs/weed) >"$STAGE/build.log" 2>&1; then
  tail -n 40 "$STAGE/build.log" >&2
  rm -rf "$STAGE"
  die "building SeaweedFS $VERSION failed"
fi
"$STAGE/weed" version >/dev/null 2>&1 || { rm -rf "$STAGE"; die "the built weed binary does not run"; }
# Only the binary is kept; the Go module and build caches hold the sources.
mkdir -p "$STAGE/out" && mv "$STAGE/weed" "$STAGE/out/weed" && touch "$STAGE/out/.complete"
rm -rf "$CACHE"
mv "$STAGE/out" "$CACHE"
rm -rf "$STAGE"
log "built in $(( $(date +%s) - START )) s"
echo "$CACHE/weed"
