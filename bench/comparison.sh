#!/usr/bin/env bash
# The comparison report on a large deterministic data set (default 100,000 visits; the issue's
# target size is 1,000,000: bench/comparison.sh 1000000), H2 file database, against plain GROUP BY
# queries over the raw tables. Prints medians and p95; the latest output is kept in
# bench/comparison.txt. BENCH_DIR=/some/dir keeps the database there and reuses it on the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
VISITS=${1:-100000}
RUNS=${2:-7}
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
{
  echo "# machine: $(lscpu | sed -nE 's/^Model name: +//p' | head -1), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(uname -sr)"
} | tee bench/comparison.txt
java -Xmx8g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  fi.huoltopolku.bench.ComparisonBenchmark "$VISITS" "$RUNS" 2>target/bench.err | grep --line-buffered -v -E "^\s*$|INFO|WARN" | tee -a bench/comparison.txt
