#!/usr/bin/env bash
# The suite's speed-up from running scenarios in parallel (issue 11 §1): runs the acceptance suite
# in the local environment twice in one sitting, parallel (the default) and one scenario at a time,
# and leaves both wall times and their ratio in target/benchmarks/suite-parallelism.json.
# Extra arguments go to both Maven runs (e.g. -Dcucumber.filter.tags=@fidelity for a quick look).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for parallel in true false; do
  echo "=== the acceptance suite with cucumber.execution.parallel.enabled=$parallel"
  mvn -B -ntp test -Dtest=RunCucumberTest -Dcucumber.execution.parallel.enabled=$parallel \
    -Dsluice.cucumber.extra-plugins=dev.sluice.report.SuiteTiming "$@" || status=1
done
cat target/benchmarks/suite-parallelism.json
exit $status
