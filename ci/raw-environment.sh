#!/usr/bin/env bash
# The hand-written baseline of the benchmark (issue 11 §4): starts PostgreSQL, a one-node KRaft Kafka
# broker and a Kafka Connect worker the way a person would with a shell script, no framework, from the
# same binaries, jars, JVM options and configuration files as Sluice's local environment, and prints
# "READY <milliseconds>" once all three answer. Then it stops them and removes its directory.
#
# The benchmark step "the benchmark times the hand-written script ..." sets every variable below; it
# reads the time and compares it with the environment's own start, in the same sitting.
set -euo pipefail

for v in JAVA KAFKA_CLASSPATH CONNECT_CLASSPATH KAFKA_JVM_OPTIONS CONNECT_JVM_OPTIONS BROKER_PROPERTIES \
    WORKER_PROPERTIES FORMAT_OPTIONS POSTGRES_BIN PG_PORT KAFKA_PORT CONNECT_PORT CONNECT_READY_PATH WORK; do
    if [ -z "${!v+x}" ]; then
        echo "raw-environment.sh: $v is not set; run it through the benchmark (mvn test -Dcucumber.filter.tags=@benchmark)" >&2
        exit 2
    fi
done

pids=()
# The script ends with its caller, so that a killed benchmark leaves none of these processes behind.
caller=$PPID
(while kill -0 "$caller" 2>/dev/null; do sleep 1; done; kill -TERM $$ 2>/dev/null) &
watcher=$!
stop() {
    local status=$?
    # A failed start says why: the tail of each service's log, before the directory goes.
    if [ "$status" -ne 0 ]; then
        for log in "$WORK"/*.log; do
            [ -f "$log" ] && { echo "--- $log" >&2; tail -n 20 "$log" >&2; }
        done
    fi
    kill "$watcher" 2>/dev/null || true
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do
        for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$p" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap stop EXIT
trap 'exit 1' INT TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_ok() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET %s HTTP/1.0\r\n\r\n' "$2" >&3 && head -1 <&3 | grep -q ' 200') 2>/dev/null
}
wait_for() { # what, seconds, command...
    local what=$1 limit=$2
    shift 2
    for _ in $(seq $((limit * 10))); do "$@" && return 0; sleep 0.1; done
    echo "raw-environment.sh: $what did not answer within $limit s" >&2
    exit 1
}

begin=$(date +%s%N)
mkdir -p "$WORK"

# PostgreSQL in the background. The bundled server refuses root, so it runs in a user namespace.
(
    unshare -U "$POSTGRES_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF-8 >"$WORK/initdb.log" 2>&1
    exec unshare -U "$POSTGRES_BIN/postgres" -D "$WORK/pg" -p "$PG_PORT" -c listen_addresses=127.0.0.1 \
        -c unix_socket_directories= -c wal_level=logical >"$WORK/postgres.log" 2>&1
) &
pids+=($!)

# Kafka: format the storage once, then the broker.
# An id that begins with '-' is read as an option by the format's argument parser ("--cluster-id: expected one
# argument"; one id in 64, three starts per benchmark: it failed a CI run), so, as Kafka's own Uuid.randomUuid does,
# such an id is drawn again.
cluster_id=-
while [[ $cluster_id == -* ]]; do
    cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
done
# shellcheck disable=SC2086
"$JAVA" $KAFKA_JVM_OPTIONS -cp "$KAFKA_CLASSPATH" kafka.tools.StorageTool format -t "$cluster_id" \
    -c "$BROKER_PROPERTIES" $FORMAT_OPTIONS >"$WORK/format.log" 2>&1
# shellcheck disable=SC2086
"$JAVA" $KAFKA_JVM_OPTIONS -cp "$KAFKA_CLASSPATH" kafka.Kafka "$BROKER_PROPERTIES" >"$WORK/kafka.log" 2>&1 &
pids+=($!)
wait_for "Kafka" 60 port_open "$KAFKA_PORT"

# The Connect worker once the broker listens.
# shellcheck disable=SC2086
"$JAVA" $CONNECT_JVM_OPTIONS -cp "$CONNECT_CLASSPATH" org.apache.kafka.connect.cli.ConnectDistributed \
    "$WORKER_PROPERTIES" >"$WORK/connect.log" 2>&1 &
pids+=($!)

wait_for "PostgreSQL" 60 port_open "$PG_PORT"
wait_for "Kafka Connect" 120 http_ok "$CONNECT_PORT" "$CONNECT_READY_PATH"
echo "READY $((($(date +%s%N) - begin) / 1000000))"
