#!/usr/bin/env bash
# The comparison report on a large deterministic data set (default 100,000 visits; the issue's
# target size is 1,000,000: bench/comparison.sh 1000000), H2 file database, against plain GROUP BY
# queries over the raw tables. Prints medians and p95; the latest output is kept in
# bench/comparison.txt. BENCH_DIR=/some/dir keeps the database there and reuses it on the next run.
# BENCH_DB=postgres runs it on a throw-away PostgreSQL cluster instead (deploy/postgres.sh; output in
# bench/comparison-postgres.txt; BENCH_DIR then keeps the cluster there for a re-run).
set -euo pipefail
cd "$(dirname "$0")/.."
VISITS=${1:-100000}
RUNS=${2:-7}
out=bench/comparison.txt
if [ "${BENCH_DB:-h2}" = postgres ]; then
  out=bench/comparison-postgres.txt
  cluster=${BENCH_DIR:-target/bench-postgres}
  if [ -n "${BENCH_DIR:-}" ] && [ -f "$cluster/datasource.properties" ]; then
    bash deploy/postgres.sh resume "$cluster"
  else
    bash deploy/postgres.sh start "$cluster"
  fi
  [ -n "${BENCH_DIR:-}" ] || trap 'bash deploy/postgres.sh stop "$cluster"' EXIT
  prop() { sed -n "s/^datasources.default.$1=//p" "$cluster/datasource.properties"; }
  export BENCH_DB_URL=$(prop url) BENCH_DB_USER=$(prop username) BENCH_DB_PASSWORD=$(prop password)
  unset BENCH_DIR
fi
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
{
  echo "# machine: $(lscpu | sed -nE 's/^Model name: +//p' | head -1), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(uname -sr)"
} | tee "$out"
java -Xmx8g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  fi.huoltopolku.bench.ComparisonBenchmark "$VISITS" "$RUNS" 2>target/bench.err | grep --line-buffered -v -E "^\s*$|INFO|WARN" | tee -a "$out"
