#!/usr/bin/env bash
# Fails when a process of a Sluice run (broker, worker, PostgreSQL, S3 server) is still alive:
# a run must leave nothing behind, whatever its outcome.
set -u
left=$(ps -eo pid=,args= | grep -E -- "-Dsluice.run=|kafka\.Kafka |ConnectDistributed|PostgresMain|postgres-binaries/.*/bin/postgres" | grep -v grep || true)
if [ -n "$left" ]; then
  echo "Processes left behind by the test run:" >&2
  echo "$left" >&2
  exit 1
fi
echo "No process of the test run is left."
