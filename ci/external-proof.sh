#!/usr/bin/env bash
# Proves the external environment: starts a local environment that is kept running and secured like
# a team's shared one (SASL/SCRAM on the broker; the engine's REST API over HTTPS with basic authentication; a Connect
# cluster of SLUICE_EXTERNAL_WORKERS workers, 2 unless told), runs the suite against it as "external" systems, then
# stops it. The suite must leave nothing of its own, and with several workers each must have run some of its tasks.
# With SLUICE_EXTERNAL_ONE_WORKER_TAGS set, every worker but the first is then stopped (the cluster shrinks, as a
# team's does) and the scenarios of those tags run against the one left, in the same environment.
set -euo pipefail
cd "$(dirname "$0")/.."
handoff=target/sluice/external-env.sh
workers=${SLUICE_EXTERNAL_WORKERS:-2}
work=target/sluice-external
logs=$work/logs

mvn -q -B -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/sluice-classpath.txt
rm -f "$logs"/connect*.log
java -Dsluice.work.dir="$work" -Dsluice.secure=true -Dsluice.connect.workers="$workers" -cp "target/classes:target/test-classes:$(cat target/sluice-classpath.txt)" \
  dev.sluice.environment.EnvironmentLauncher "$handoff"
stop() { bash "$handoff.stop" || true; rm -f "$handoff" "$handoff.stop"; }
trap stop EXIT

status=0
# The settings travel as environment variables, except the PostgreSQL password: given as a -D option, as a
# user would, it must still not reach the Surefire XML (which records system properties). ReportSecretsIT
# then scans the run's reports and logs for every secret the run used. An external engine gives no scenario an
# engine of its own, so @mariadb runs alone there: a MariaDB sink must not share a worker with other sinks, and
# Debezium MariaDB 3.2.0's source task fails on a worker other than its connector's ("DebeziumOpenLineageEmitter
# not initialized", DBZ-9504, fixed in 3.3; 3.2.0 is the newest served here), which it did once when it ran beside
# other scenarios on two workers (src/site/markdown/features.md, "Engines of their own").
# Only the suite (-Dtest): the unit tests do not depend on the environment, and the local phase runs them.
# The scenarios must have removed what they created in the systems they were lent.
# The engine answers HTTPS with a certificate made for the run; its PEM lies beside the trust store.
run_suite() { # tags
  ( source "$handoff" && mvn -B -ntp verify -Dtest=RunCucumberTest -Dcucumber.filter.tags="$1" \
      -Dcucumber.execution.exclusive-resources.mariadb.read-write=org.junit.platform.engine.support.hierarchical.ExclusiveResource.GLOBAL_KEY \
      -Dsluice.postgres.password="$SLUICE_POSTGRES_PASSWORD" -Dit.test=ReportSecretsIT -Dinvoker.skip=true ) || status=$?
  local left
  left=$(source "$handoff" && curl -sf --cacert "${SLUICE_CONNECT_TRUSTSTORE%/*}/connect.pem" \
    -u "$SLUICE_CONNECT_USER:$SLUICE_CONNECT_PASSWORD" "$SLUICE_CONNECT_URL/connectors")
  if [ "$left" != "[]" ]; then
    echo "Connectors left in the external engine: $left" >&2
    status=1
  fi
}

run_suite "${SLUICE_EXTERNAL_TAGS:-not @benchmark}"

# Parallel scenarios against several workers: each worker must have run tasks, or the proof proved one worker only.
if [ "$workers" -gt 1 ]; then
  for log in "$logs"/connect*.log; do
    tasks=$(grep -c "Creating task" "$log" || true)
    echo "$log: $tasks tasks created"
    if [ "$tasks" -eq 0 ]; then
      echo "The worker of $log ran no task: the cluster did not spread the scenarios' connectors" >&2
      status=1
    fi
  done
  if [ "$(ls "$logs"/connect*.log | wc -l)" -ne "$workers" ]; then
    echo "Expected $workers worker logs in $logs" >&2
    status=1
  fi
fi

if [ -n "${SLUICE_EXTERNAL_ONE_WORKER_TAGS:-}" ]; then
  # Workers 2..N stop cleanly (SIGTERM: they leave the group at once); the first, whose URL the suite has, stays.
  # Only pids this environment's stop command names: a run directory left by an earlier kept run may hold others.
  others=""
  for pid in $(cat "$work"/runs/*/pids/connect-[0-9]* 2>/dev/null || true); do
    if grep -qw -- "$pid" "$handoff.stop"; then others="$others $pid"; fi
  done
  if [ "$workers" -gt 1 ] && [ -z "$others" ]; then
    echo "No pid of workers 2..$workers of this environment under $work/runs/*/pids" >&2
    status=1
  fi
  for pid in $others; do kill "$pid" 2>/dev/null || true; done
  for pid in $others; do timeout 60 sh -c "while kill -0 $pid 2>/dev/null; do sleep 0.2; done" || status=1; done
  echo "=== the same environment on one worker: $SLUICE_EXTERNAL_ONE_WORKER_TAGS"
  run_suite "$SLUICE_EXTERNAL_ONE_WORKER_TAGS"
fi
exit $status
