#!/usr/bin/env bash
# Starts one throwaway OpenSearch 2.19 node on 127.0.0.1 for Chorus tests and benchmarks, assembled
# from Maven Central jars (no distribution tarball): the server and its runtime dependencies, the
# plugin class loader and log4j-core (neither comes with the server's pom), and two modules,
# transport-netty4 (HTTP and transport, with its netty 4.1 jars) and analysis-common, each with the
# plugin-descriptor.properties and plugin-security.policy that Maven's module jars do not carry.
#
#   scripts/opensearch/start.sh     # prints OPENSEARCH_DIR=..., OPENSEARCH_PID=..., OPENSEARCH_PORT=..., OPENSEARCH_URL=...
#   scripts/opensearch/stop.sh DIR  # stops it and removes its directory
#   OPENSEARCH_DIR=DIR scripts/opensearch/start.sh
#                                   # starts a stopped (or killed) node again on its data and ports
#
# Every start is a fresh node in a fresh directory on free ports (HTTP and transport), so tests
# can run several at once. The node refuses to run as root: as root it runs as uid/gid 65534
# (setpriv), owning its directory. Single-node discovery on 127.0.0.1 keeps the bootstrap checks
# to warnings.
#
# Environment (all optional):
#   OPENSEARCH_VERSION        default 2.19.6
#   OPENSEARCH_HEAP           -Xms/-Xmx, default 512m
#   OPENSEARCH_START_TIMEOUT  seconds to wait for HTTP, default 120
#   CHORUS_CACHE              cache root, default $HOME/.cache/chorus
#   JAVA_HOME                 a Java 17+ runtime; otherwise `java` on PATH
#
# The first run resolves the jars with Maven into $CHORUS_CACHE/opensearch-<version>; later runs
# use that directory and do not touch the network.
set -euo pipefail

VERSION="${OPENSEARCH_VERSION:-2.19.6}"
LOG4J_VERSION=2.25.4
HEAP="${OPENSEARCH_HEAP:-512m}"
TIMEOUT="${OPENSEARCH_START_TIMEOUT:-120}"
CACHE_ROOT="${CHORUS_CACHE:-$HOME/.cache/chorus}"
CACHE="$CACHE_ROOT/opensearch-$VERSION"

log() { echo "opensearch/start: $*" >&2; }
die() { log "$*"; exit 1; }

JAVA="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; fi
command -v "$JAVA" >/dev/null || die "java not found (OpenSearch $VERSION needs Java 17 or later)"

# --- Resolve the jars once ----------------------------------------------------------------------
pom() { # artifactId, then "group:artifact:version" dependencies
  local name="$1"; shift
  echo "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
  echo "<groupId>chorus.local</groupId><artifactId>$name</artifactId><version>1</version><packaging>pom</packaging><dependencies>"
  for d in "$@"; do
    IFS=: read -r g a v <<<"$d"
    echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
  done
  echo "</dependencies></project>"
}
copy() { # pom file, output dir, extra plugin flags...
  local p="$1" out="$2"; shift 2
  mvn -B -q -f "$p" org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$out" "$@" >>"$STAGE/mvn.log" 2>&1
}

mkdir -p "$CACHE_ROOT"
exec 8>"$CACHE_ROOT/opensearch-$VERSION.lock"
flock -w 900 8 || die "another start is still resolving OpenSearch $VERSION"
if [[ ! -f "$CACHE/.complete" ]]; then
  command -v mvn >/dev/null || die "mvn not found; it is needed once to resolve OpenSearch $VERSION"
  rm -rf "$CACHE_ROOT/.opensearch-$VERSION".*
  log "resolving org.opensearch:opensearch:$VERSION into $CACHE (first run only)"
  STAGE="$(mktemp -d "$CACHE_ROOT/.opensearch-$VERSION.XXXXXX")"
  pom server "org.opensearch:opensearch:$VERSION" "org.opensearch:opensearch-plugin-classloader:$VERSION" \
    "org.apache.logging.log4j:log4j-core:$LOG4J_VERSION" >"$STAGE/server.xml"
  pom modules "org.opensearch.plugin:transport-netty4-client:$VERSION" "org.opensearch.plugin:analysis-common:$VERSION" >"$STAGE/modules.xml"
  # Module folders must not repeat server jars: the modules without their dependencies, and netty alone.
  if ! { copy "$STAGE/server.xml" "$STAGE/lib" && copy "$STAGE/modules.xml" "$STAGE/mods" -DexcludeTransitive=true \
      && copy "$STAGE/modules.xml" "$STAGE/netty" -DincludeGroupIds=io.netty; }; then
    tail -n 40 "$STAGE/mvn.log" >&2
    rm -rf "$STAGE"
    die "maven could not resolve OpenSearch $VERSION"
  fi
  touch "$STAGE/.complete"
  rm -rf "$CACHE"
  mv "$STAGE" "$CACHE"
fi
exec 8>&-
ls "$CACHE/lib/opensearch-$VERSION.jar" >/dev/null 2>&1 || die "$CACHE has no server jar; delete it and retry"

REUSE="${OPENSEARCH_DIR:-}"
if [[ -n "$REUSE" ]]; then
  [[ "$(basename "$REUSE")" == chorus-opensearch-* && -f "$REUSE/config/opensearch.yml" ]] || die "OPENSEARCH_DIR=$REUSE is not a node directory of this script"
  if [[ -f "$REUSE/chorus.pid" ]] && kill -0 "$(cat "$REUSE/chorus.pid")" 2>/dev/null \
      && tr '\0' ' ' <"/proc/$(cat "$REUSE/chorus.pid")/cmdline" | grep -q -- "-Dopensearch.path.home=$REUSE "; then
    die "the node of $REUSE is still running; stop or kill it first"
  fi
  DIR="$REUSE"
  PORT="$(sed -n 's/^http.port: //p' "$DIR/config/opensearch.yml")"
fi

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
if [[ -z "$REUSE" ]]; then
PORT="$(free_port)"
TPORT="$(free_port)"
while [[ "$TPORT" == "$PORT" ]]; do TPORT="$(free_port)"; done

# --- A fresh node home: server jars copied, modules with their descriptors and policies ---------
DIR="$(mktemp -d "${TMPDIR:-/tmp}/chorus-opensearch-XXXXXX")"
mkdir -p "$DIR"/{config,plugins,data,logs,tmp,modules/transport-netty4,modules/analysis-common}
# Copied, not linked: the node's user may not be able to read the cache (under root's home).
cp -r "$CACHE/lib" "$DIR/lib"
cp "$CACHE/mods/transport-netty4-client-$VERSION.jar" "$CACHE"/netty/*.jar "$DIR/modules/transport-netty4/"
cp "$CACHE/mods/analysis-common-$VERSION.jar" "$DIR/modules/analysis-common/"
descriptor() { # description, name, class
  printf 'description=%s\nversion=%s\nname=%s\nclassname=%s\njava.version=11\nopensearch.version=%s\nextended.plugins=\nhas.native.controller=false\n' \
    "$1" "$VERSION" "$2" "$3" "$VERSION"
}
descriptor "Netty 4 HTTP and transport" transport-netty4 org.opensearch.transport.Netty4Plugin >"$DIR/modules/transport-netty4/plugin-descriptor.properties"
descriptor "Common analyzers, tokenizers and filters" analysis-common org.opensearch.analysis.common.CommonAnalysisPlugin >"$DIR/modules/analysis-common/plugin-descriptor.properties"
cat >"$DIR/modules/transport-netty4/plugin-security.policy" <<'POLICY'
grant codeBase "${codebase.netty-common}" {
  permission java.lang.RuntimePermission "loadLibrary.*";
};
grant codeBase "${codebase.netty-transport}" {
  permission java.lang.RuntimePermission "accessClassInPackage.sun.misc";
};
grant {
  permission java.lang.RuntimePermission "accessDeclaredMembers";
  permission java.lang.reflect.ReflectPermission "suppressAccessChecks";
  permission java.net.SocketPermission "*", "accept,connect";
  permission java.util.PropertyPermission "io.netty.*", "read,write";
};
POLICY
echo 'grant { };' >"$DIR/modules/analysis-common/plugin-security.policy"
cat >"$DIR/config/opensearch.yml" <<YML
# Chorus test node: one node, loopback only, throwaway. Not for production.
cluster.name: chorus-test-$PORT
node.name: chorus-test
network.host: 127.0.0.1
http.port: $PORT
transport.port: $TPORT
discovery.type: single-node
path.data: $DIR/data
path.logs: $DIR/logs
action.auto_create_index: false
cluster.routing.allocation.disk.threshold_enabled: false
YML
cat >"$DIR/config/log4j2.properties" <<'LOG'
status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
LOG
touch "$DIR/config/jvm.options"
fi

AS=()
if [[ "$(id -u)" == "0" ]]; then
  chown -R 65534:65534 "$DIR"
  AS=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
setsid "${AS[@]}" env HOME="$DIR" "$JAVA" "-Xms$HEAP" "-Xmx$HEAP" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
  -Djava.security.manager=allow -Djava.io.tmpdir="$DIR/tmp" \
  -Dopensearch.path.home="$DIR" -Dopensearch.path.conf="$DIR/config" \
  -Dopensearch.distribution.type=tar -Dopensearch.bundled_jdk=false \
  -cp "$DIR/lib/*" org.opensearch.bootstrap.OpenSearch </dev/null >"$DIR/logs/stdout.log" 2>&1 &
PID=$!
echo "$PID" >"$DIR/chorus.pid"

deadline=$((SECONDS + TIMEOUT))
until curl -sf "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; do
  if ! kill -0 "$PID" 2>/dev/null || (( SECONDS >= deadline )); then
    log "OpenSearch did not come up; last lines of $DIR/logs/stdout.log:"
    tail -n 30 "$DIR/logs/stdout.log" >&2 || true
    kill -9 "$PID" 2>/dev/null || true
    [[ -n "$REUSE" ]] || rm -rf "$DIR"
    exit 1
  fi
  sleep 0.5
done
echo "OPENSEARCH_DIR=$DIR"
echo "OPENSEARCH_PID=$PID"
echo "OPENSEARCH_PORT=$PORT"
echo "OPENSEARCH_URL=http://127.0.0.1:$PORT"
log "OpenSearch $VERSION answers on 127.0.0.1:$PORT"
