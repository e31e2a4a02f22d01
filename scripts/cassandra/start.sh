#!/usr/bin/env bash
# Starts one throwaway Apache Cassandra 5.0 node on 127.0.0.1 for Chorus tests and benchmarks.
#
# Cassandra stands in for ScyllaDB here: both speak the same CQL native protocol, and Chorus uses only
# CQL that ScyllaDB accepts. The node is tuned to start fast and stay small, not to be durable.
#
#   scripts/cassandra/start.sh            # prints CASSANDRA_DIR=..., CASSANDRA_PID=..., CASSANDRA_PORT=...
#   scripts/cassandra/stop.sh             # stops it and removes its directory
#
#   scripts/cassandra/stop.sh --keep      # stops it, keeps its directory (data, commit log)
#   CASSANDRA_DIR=/tmp/chorus-cassandra-XXXXXX scripts/cassandra/start.sh
#                                         # starts again on that directory's data (after --keep or a crash)
#
# Environment (all optional):
#   CASSANDRA_PORT          native (CQL) port, default 9042
#   CASSANDRA_STORAGE_PORT  inter-node port, default CASSANDRA_PORT - 2042 (7000 for 9042)
#   CASSANDRA_VERSION       org.apache.cassandra:cassandra-all version, default 5.0.9
#   CASSANDRA_HEAP          -Xms/-Xmx, default 1G
#   CASSANDRA_DC            data centre name the node reports, default dc1
#   CASSANDRA_ADDRESS       loopback address the node listens on (CQL and storage), default 127.0.0.1
#   CASSANDRA_BROADCAST_ADDRESS  address other nodes reach its storage port at, default CASSANDRA_ADDRESS
#                           (scripts/cassandra/start_two_dc.sh points it at a delaying proxy)
#   CASSANDRA_SEEDS         seed list host:port,..., default the node itself
#   CASSANDRA_CLUSTER_NAME  default chorus-test-<port>; nodes of one cluster need the same
#   CASSANDRA_MEMTABLE_MIB  memtable heap and off-heap space each, default 128
#   CASSANDRA_START_TIMEOUT seconds to wait for CQL, default 180
#   CASSANDRA_RING_DELAY_MS how long a joining node waits for its seeds' first gossip answer (it
#                           asks once a second), default 100 (a lone node). start_two_dc.sh raises it
#                           for dc2, whose seed is across the delaying proxy
#   CASSANDRA_DIR           restart on this existing node directory instead of a fresh one
#   CASSANDRA_RESTARTABLE   1: make the node durable against kill -9 (schema through the commit log,
#                           commit log synced before each acknowledgement), so that it can be killed
#                           and restarted with CASSANDRA_DIR without losing acknowledged writes;
#                           implied by CASSANDRA_DIR
#   CHORUS_CACHE            cache root, default $HOME/.cache/chorus
#   JAVA_HOME               a Java 17 (or 11) runtime; otherwise `java` on PATH
#
# The first run resolves cassandra-all and its runtime dependencies with Maven into
# $CHORUS_CACHE/cassandra-<version>/lib; later runs use that directory and do not touch the network.
# Starting again while this port's node is running is a no-op that prints the same lines.
set -euo pipefail

VERSION="${CASSANDRA_VERSION:-5.0.9}"
PORT="${CASSANDRA_PORT:-9042}"
STORAGE_PORT="${CASSANDRA_STORAGE_PORT:-$((PORT - 2042))}"
HEAP="${CASSANDRA_HEAP:-1G}"
DC="${CASSANDRA_DC:-dc1}"
ADDRESS="${CASSANDRA_ADDRESS:-127.0.0.1}"
BROADCAST="${CASSANDRA_BROADCAST_ADDRESS:-$ADDRESS}"
SEEDS="${CASSANDRA_SEEDS:-$BROADCAST:$STORAGE_PORT}"
CLUSTER_NAME="${CASSANDRA_CLUSTER_NAME:-chorus-test-$PORT}"
MEMTABLE_MIB="${CASSANDRA_MEMTABLE_MIB:-128}"
TIMEOUT="${CASSANDRA_START_TIMEOUT:-180}"
RING_DELAY_MS="${CASSANDRA_RING_DELAY_MS:-100}"
CACHE_ROOT="${CHORUS_CACHE:-$HOME/.cache/chorus}"
CACHE="$CACHE_ROOT/cassandra-$VERSION"
RUN_FILE="$CACHE_ROOT/run/cassandra-$PORT.env"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REUSE_DIR="${CASSANDRA_DIR:-}"
RESTARTABLE="${CASSANDRA_RESTARTABLE:-}"
[[ -n "$REUSE_DIR" ]] && RESTARTABLE=1

log() { echo "cassandra/start: $*" >&2; }
die() { log "$*"; exit 1; }

[[ "$PORT" =~ ^[0-9]+$ && "$STORAGE_PORT" =~ ^[0-9]+$ ]] || die "CASSANDRA_PORT and CASSANDRA_STORAGE_PORT must be numbers"
[[ "$ADDRESS" =~ ^127(\.[0-9]{1,3}){3}$ && "$BROADCAST" =~ ^127(\.[0-9]{1,3}){3}$ ]] \
  || die "CASSANDRA_ADDRESS and CASSANDRA_BROADCAST_ADDRESS must be loopback addresses (127.x.y.z)"
[[ "$MEMTABLE_MIB" =~ ^[0-9]+$ ]] || die "CASSANDRA_MEMTABLE_MIB must be a number"
[[ "$RING_DELAY_MS" =~ ^[0-9]+$ ]] || die "CASSANDRA_RING_DELAY_MS must be a number"
(( STORAGE_PORT > 1024 && STORAGE_PORT < 65536 && STORAGE_PORT != PORT )) \
  || die "storage port $STORAGE_PORT is unusable; set CASSANDRA_STORAGE_PORT"
[[ -f "$ROOT/node_modules/cassandra-driver/package.json" ]] \
  || die "node_modules/cassandra-driver is missing; run npm ci in $ROOT first"
if [[ -n "$REUSE_DIR" ]]; then
  # Only a directory this script made, still holding a node's data.
  [[ "$(basename "$REUSE_DIR")" == chorus-cassandra-* && -d "$REUSE_DIR/data" && -d "$REUSE_DIR/commitlog" ]] \
    || die "CASSANDRA_DIR=$REUSE_DIR is not a chorus-cassandra node directory (with data/ and commitlog/)"
  REUSE_DIR="$(cd "$REUSE_DIR" && pwd)"
fi

# --- Java -------------------------------------------------------------------------------------
JAVA="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; fi
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
MAJOR="$(java_major "$JAVA" || true)"
if [[ "$MAJOR" != "17" && "$MAJOR" != "11" && -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]]; then
  JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
  MAJOR="$(java_major "$JAVA")"
fi
[[ "$MAJOR" == "17" || "$MAJOR" == "11" ]] || die "Cassandra 5.0 needs Java 17 or 11, found '${MAJOR:-none}' ($JAVA)"

# --- CQL probe: one node process that polls until the node answers or the deadline passes -------
# Args: port, deadline seconds, pid to watch (0: none), data centre, address. Exit 0 when `SELECT release_version` answers.
probe() {
  (cd "$ROOT" && node -e '
    const cassandra = require("cassandra-driver");
    const [port, seconds, pid, dc, host] = process.argv.slice(1);
    const deadline = Date.now() + Number(seconds) * 1000;
    const fs = require("fs");
    const alive = () => {
      if (pid === "0") return true;
      try { return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8")); } catch { return false; }
    };
    (async () => {
      let last = "not tried";
      while (Date.now() < deadline) {
        if (!alive()) { console.error(`process ${pid} exited`); process.exit(2); }
        const client = new cassandra.Client({
          contactPoints: [`${host}:${port}`], localDataCenter: dc,
          socketOptions: { connectTimeout: 2000, readTimeout: 5000 },
          pooling: { warmup: false },
        });
        try {
          const rs = await client.execute("SELECT release_version FROM system.local");
          console.log(rs.first().release_version);
          await client.shutdown();
          process.exit(0);
        } catch (err) {
          last = err.message;
          await client.shutdown().catch(() => {});
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      console.error(`no CQL answer on port ${port} within ${seconds}s: ${last}`);
      process.exit(1);
    })();
  ' "$@")
}

# A process that exists and is not a zombie.
alive() { [[ -r "/proc/$1/stat" ]] && ! grep -qE '^[0-9]+ \(.*\) Z' "/proc/$1/stat"; }

print_env() {
  echo "CASSANDRA_DIR=$1"
  echo "CASSANDRA_PID=$2"
  echo "CASSANDRA_PORT=$PORT"
}

# --- Already running on this port? ------------------------------------------------------------
mkdir -p "$CACHE_ROOT/run"
exec 9>"$CACHE_ROOT/run/cassandra-$PORT.lock"
flock -w 600 9 || die "another start/stop for port $PORT holds the lock"

if [[ -f "$RUN_FILE" ]]; then
  OLD_DIR="$(sed -n 's/^CASSANDRA_DIR=//p' "$RUN_FILE")"
  OLD_PID="$(sed -n 's/^CASSANDRA_PID=//p' "$RUN_FILE")"
  if [[ -n "$OLD_PID" ]] && alive "$OLD_PID"; then
    rc=0
    probe "$PORT" "$TIMEOUT" "$OLD_PID" "$DC" "$ADDRESS" >/dev/null || rc=$?
    if (( rc == 0 )); then
      [[ -z "$REUSE_DIR" || "$OLD_DIR" == "$REUSE_DIR" ]] || die "port $PORT runs the node of $OLD_DIR, not $REUSE_DIR; stop it first"
      log "already running"
      print_env "$OLD_DIR" "$OLD_PID"
      exit 0
    fi
    (( rc == 2 )) || die "node $OLD_PID on port $PORT is running but does not answer; run stop.sh"
  fi
  if [[ -n "$REUSE_DIR" && "$OLD_DIR" == "$REUSE_DIR" ]]; then
    log "the node of $OLD_DIR is gone; starting it again on its data"
  else
    log "removing stale state of a node that is gone ($OLD_DIR)"
    [[ -n "$OLD_DIR" && "$OLD_DIR" == */chorus-cassandra-* ]] && rm -rf "$OLD_DIR"
  fi
  rm -f "$RUN_FILE"
fi

if [[ -n "$REUSE_DIR" && -f "$REUSE_DIR/chorus.pid" ]] && alive "$(cat "$REUSE_DIR/chorus.pid")" \
    && tr '\0' ' ' <"/proc/$(cat "$REUSE_DIR/chorus.pid")/cmdline" 2>/dev/null | grep -q -- "-Dcassandra.config=file://$REUSE_DIR/conf/"; then
  die "the node of $REUSE_DIR is still running (pid $(cat "$REUSE_DIR/chorus.pid")); stop it first"
fi

for p in "$PORT" "$STORAGE_PORT"; do
  if (exec 3<>"/dev/tcp/$ADDRESS/$p") 2>/dev/null; then
    die "port $p is already in use by a process this script did not start; pick another CASSANDRA_PORT"
  fi
done

# --- Resolve the jars once ----------------------------------------------------------------------
exec 8>"$CACHE_ROOT/cassandra-$VERSION.lock"
flock -w 900 8 || die "another start is still resolving cassandra-all $VERSION"
if [[ ! -f "$CACHE/.complete" ]]; then
  command -v mvn >/dev/null || die "mvn not found; it is needed once to resolve cassandra-all $VERSION"
  rm -rf "$CACHE_ROOT/.cassandra-$VERSION".*   # left by an interrupted first run
  log "resolving org.apache.cassandra:cassandra-all:$VERSION into $CACHE (first run only)"
  STAGE="$(mktemp -d "$CACHE_ROOT/.cassandra-$VERSION.XXXXXX")"
  cat >"$STAGE/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>chorus.local</groupId>
  <artifactId>cassandra-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.cassandra</groupId>
      <artifactId>cassandra-all</artifactId>
      <version>$VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
  if ! mvn -B -q -f "$STAGE/pom.xml" \
      org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$STAGE/lib" >"$STAGE/mvn.log" 2>&1; then
    tail -n 40 "$STAGE/mvn.log" >&2
    rm -rf "$STAGE"
    die "maven could not resolve cassandra-all $VERSION"
  fi
  touch "$STAGE/.complete"
  rm -rf "$CACHE"
  mv "$STAGE" "$CACHE"
fi
exec 8>&-
ls "$CACHE"/lib/cassandra-all-*.jar >/dev/null 2>&1 || die "$CACHE/lib has no cassandra-all jar; delete $CACHE and retry"

# Periodic sync acknowledges writes before they are synced, and commit-log replay stops at the last
# sync marker: a killed node forgets up to the last 10 s. Fine for a throwaway node; a node meant to
# be killed and restarted syncs before it acknowledges (group commit every 10 ms), standing in for
# what replication gives a production cluster: an acknowledged write outlives a crash.
if [[ -n "$RESTARTABLE" ]]; then
  COMMITLOG_SYNC=$'commitlog_sync: group\ncommitlog_sync_group_window: 10ms'
else
  COMMITLOG_SYNC=$'commitlog_sync: periodic\ncommitlog_sync_period: 10000ms'
fi

# --- A fresh node directory (or the one to restart) with our own configuration ----------------
# A restarted node keeps data, commit log (replayed at start) and logs; the configuration is
# written again, the same for the same port.
if [[ -n "$REUSE_DIR" ]]; then
  DIR="$REUSE_DIR"
else
  DIR="$(mktemp -d "${TMPDIR:-/tmp}/chorus-cassandra-XXXXXX")"
fi
mkdir -p "$DIR"/{conf,data,commitlog,saved_caches,hints,cdc_raw,logs}

cat >"$DIR/conf/cassandra.yaml" <<YAML
# Chorus test node: single node, loopback only, small and fast to start. Not for production.
cluster_name: $CLUSTER_NAME
num_tokens: 1
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
endpoint_snitch: GossipingPropertyFileSnitch
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "$SEEDS"
listen_address: $ADDRESS
broadcast_address: $BROADCAST
rpc_address: $ADDRESS
storage_port: $STORAGE_PORT
native_transport_port: $PORT
start_native_transport: true
auto_bootstrap: false

data_file_directories:
  - $DIR/data
commitlog_directory: $DIR/commitlog
saved_caches_directory: $DIR/saved_caches
hints_directory: $DIR/hints
cdc_raw_directory: $DIR/cdc_raw

$COMMITLOG_SYNC

authenticator: AllowAllAuthenticator
authorizer: AllowAllAuthorizer
role_manager: CassandraRoleManager

# Two cores: keep thread pools and background work small.
concurrent_reads: 8
concurrent_writes: 16
concurrent_counter_writes: 4
concurrent_compactors: 1
native_transport_max_threads: 32
memtable_heap_space: ${MEMTABLE_MIB}MiB
memtable_offheap_space: ${MEMTABLE_MIB}MiB
key_cache_size: 16MiB
counter_cache_size: 0MiB

# Throwaway data: no snapshots on drop/truncate, no backups, no hints to replay.
auto_snapshot: false
snapshot_before_compaction: false
incremental_backups: false
hinted_handoff_enabled: false
cdc_enabled: false
dynamic_snitch: false

# Batch size limits as in ScyllaDB's defaults (Cassandra's own are 5/50 KiB): the store is sized for those.
batch_size_warn_threshold: 128KiB
batch_size_fail_threshold: 1024KiB

# Tests reach the node as fast as they can; keep timeouts at the defaults so failures stay visible.
read_request_timeout: 5000ms
write_request_timeout: 2000ms
range_request_timeout: 10000ms
request_timeout: 10000ms
YAML

cat >"$DIR/conf/cassandra-rackdc.properties" <<PROPS
dc=$DC
rack=rack1
PROPS

cat >"$DIR/conf/logback.xml" <<XML
<configuration scan="false">
  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
    <file>$DIR/logs/system.log</file>
    <encoder><pattern>%-5level [%thread] %date{ISO8601} %F:%L - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="FILE"/></root>
  <logger name="org.apache.cassandra" level="INFO"/>
</configuration>
XML

JAMM="$(ls "$CACHE"/lib/jamm-*.jar 2>/dev/null | head -n 1 || true)"
JVM_OPTS=(
  "-Xms$HEAP" "-Xmx$HEAP" -Xss256k
  -XX:+UseG1GC -XX:MaxGCPauseMillis=300 -XX:+ParallelRefProcEnabled -XX:+PerfDisableSharedMem
  -XX:+ExitOnOutOfMemoryError
  -ea -da:net.openhft...
  -Djava.net.preferIPv4Stack=true
  -Djdk.attach.allowAttachSelf=true
  -Dio.netty.tryReflectionSetAccessible=true
  -Dio.netty.allocator.useCacheForAllThreads=true -Dio.netty.allocator.maxOrder=11
  # Java 17 module access Cassandra needs (the same set as Cassandra's own jvm17-server.options).
  --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
  --add-exports java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED
  --add-exports java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports java.rmi/sun.rmi.server=ALL-UNNAMED
  --add-exports java.sql/java.sql=ALL-UNNAMED
  --add-exports java.base/java.lang.ref=ALL-UNNAMED
  --add-exports jdk.unsupported/sun.misc=ALL-UNNAMED
  --add-exports jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED
  --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED
  --add-opens java.base/java.lang.module=ALL-UNNAMED
  --add-opens java.base/jdk.internal.loader=ALL-UNNAMED
  --add-opens java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens java.base/jdk.internal.reflect=ALL-UNNAMED
  --add-opens java.base/jdk.internal.math=ALL-UNNAMED
  --add-opens java.base/jdk.internal.module=ALL-UNNAMED
  --add-opens java.base/jdk.internal.util.jar=ALL-UNNAMED
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED
  --add-opens java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens java.base/java.io=ALL-UNNAMED
  --add-opens java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens jdk.compiler/com.sun.tools.javac=ALL-UNNAMED
  --add-opens java.base/java.lang=ALL-UNNAMED
  --add-opens java.base/java.util=ALL-UNNAMED
  # Where things are.
  "-Dcassandra.config=file://$DIR/conf/cassandra.yaml"
  "-Dcassandra-rackdc.properties=file://$DIR/conf/cassandra-rackdc.properties"
  "-Dlogback.configurationFile=$DIR/conf/logback.xml"
  "-Dcassandra.logdir=$DIR/logs"
  "-Dcassandra.storagedir=$DIR"
  "-Dcassandra.triggers_dir=$DIR/conf"
  "-Dcassandra-pidfile=$DIR/cassandra.pid"
  -Dcassandra-foreground=yes
  # Fast start for a lone test node: no gossip settling, no ring delay.
  -Dcassandra.skip_wait_for_gossip_to_settle=0
  "-Dcassandra.ring_delay_ms=$RING_DELAY_MS"
  -Dcassandra.load_ring_state=false
  -Dcassandra.consistent.rangemovement=false
  -Dcassandra.superuser_setup_delay_ms=0
)
# unsafesystem writes system tables (the schema among them) without the commit log: fast DDL, but
# a killed node forgets every keyspace it had not flushed. A node meant to be restarted keeps it.
[[ -n "$RESTARTABLE" ]] || JVM_OPTS+=(-Dcassandra.unsafesystem=true)
[[ -n "$JAMM" ]] && JVM_OPTS+=("-javaagent:$JAMM")

START_NS="$(date +%s%N)"
setsid "$JAVA" "${JVM_OPTS[@]}" -cp "$DIR/conf:$CACHE/lib/*" org.apache.cassandra.service.CassandraDaemon \
  </dev/null >"$DIR/logs/stdout.log" 2>&1 8>&- 9>&- &
PID=$!
echo "$PID" >"$DIR/chorus.pid"
# Recorded at once, so that stop.sh can clean up even if this script is interrupted while waiting.
print_env "$DIR" "$PID" >"$RUN_FILE"

if ! VERSION_SEEN="$(probe "$PORT" "$TIMEOUT" "$PID" "$DC" "$ADDRESS")"; then
  log "Cassandra did not come up; last lines of its logs ($DIR/logs):"
  tail -n 40 "$DIR/logs/system.log" >&2 2>/dev/null || true
  tail -n 20 "$DIR/logs/stdout.log" >&2 || true
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$PID" 2>/dev/null || true
  if [[ -n "$REUSE_DIR" ]]; then
    log "keeping $DIR: it holds the data of an earlier run"
  elif [[ -z "${CASSANDRA_KEEP_FAILED:-}" ]]; then
    rm -rf "$DIR"
  fi
  rm -f "$RUN_FILE"
  exit 1
fi
ELAPSED_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))

print_env "$DIR" "$PID"
log "Cassandra $VERSION_SEEN answers CQL on $ADDRESS:$PORT after $((ELAPSED_MS / 1000)).$(printf '%03d' $((ELAPSED_MS % 1000))) s (JVM start to first query)"
