#!/usr/bin/env bash
# Runs a pinned kustomize, building it once from the Go module proxy when it is not cached.
#
#   scripts/k8s/kustomize.sh build k8s/overlays/prod     # any kustomize command line
#   scripts/k8s/kustomize.sh --path                      # builds if needed, prints the binary's path
#
# Prebuilt kustomize/kubectl downloads are not reachable from our machines and CI, but the Go
# module proxy is: `go install sigs.k8s.io/kustomize/kustomize/v5@VERSION` builds it in 30-45 s on
# a 2-core machine (measured 31 s and 41 s from empty module and build caches). The binary is cached
# as $CHORUS_TOOLS_DIR/kustomize-VERSION, so later runs start at once. test/k8s/ calls this.
#
# Environment (all optional):
#   KUSTOMIZE            use this kustomize binary instead (no build)
#   KUSTOMIZE_VERSION    default v5.8.2 (v5.8.3 needs Go 1.27; the machines have Go 1.26)
#   CHORUS_TOOLS_DIR     default ~/.cache/chorus/bin
set -euo pipefail

log() { echo "k8s/kustomize: $*" >&2; }
die() { log "$*"; exit 1; }

if [[ -n "${KUSTOMIZE:-}" ]]; then
  [[ -x "$KUSTOMIZE" ]] || die "KUSTOMIZE=$KUSTOMIZE is not an executable"
  BIN="$KUSTOMIZE"
else
  VERSION="${KUSTOMIZE_VERSION:-v5.8.2}"
  [[ "$VERSION" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "KUSTOMIZE_VERSION must look like v5.8.2, got $VERSION"
  DIR="${CHORUS_TOOLS_DIR:-$HOME/.cache/chorus/bin}"
  BIN="$DIR/kustomize-$VERSION"
  if [[ ! -x "$BIN" ]]; then
    command -v go >/dev/null || die "kustomize $VERSION is not cached in $DIR and Go is not installed to build it"
    mkdir -p "$DIR"
    # One build at a time; whoever waited finds the binary there.
    exec 9>"$DIR/.kustomize.lock"
    flock 9
    if [[ ! -x "$BIN" ]]; then
      log "building kustomize $VERSION from the Go module proxy (once; about a minute)"
      start=$SECONDS
      tmp="$(mktemp -d "$DIR/.kustomize-build.XXXXXX")"
      trap 'rm -rf "$tmp"' EXIT
      GOBIN="$tmp" GOFLAGS=-mod=mod GOTOOLCHAIN=local CGO_ENABLED=0 \
        go install "sigs.k8s.io/kustomize/kustomize/v5@$VERSION" >&2 || die "go install of kustomize $VERSION failed"
      mv "$tmp/kustomize" "$BIN"
      rm -rf "$tmp"
      trap - EXIT
      log "built $BIN in $((SECONDS - start)) s"
    fi
    flock -u 9
  fi
fi

if [[ "${1:-}" == "--path" ]]; then
  echo "$BIN"
  exit 0
fi
exec "$BIN" "$@"
