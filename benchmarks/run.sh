#!/usr/bin/env bash
# Builds the shaded benchmarks jar and runs every contender of ReadBenchmark side by side, then prints the table.
#
#   benchmarks/run.sh                                   # the published run: 64 MB corpus, every contender
#   benchmarks/run.sh -p sizeMb=8 -wi 1 -i 2            # a quick look
#   benchmarks/run.sh -p contender=jacksonNextToken,awsCpl
#
# Arguments go to JMH. Defaults (-f 1 -wi 3 -i 5 -prof gc -jvmArgs -XX:+AlwaysPreTouch) apply unless the same option
# is given. Results go to benchmarks/results/<UTC time>.json, or to $RESULTS.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -pl benchmarks -am package -DskipTests

has() {
  local want=$1 arg
  shift
  for arg in "$@"; do
    [[ $arg == "$want" ]] && return 0
  done
  return 1
}

args=()
has -f "$@" || args+=(-f 1)
has -wi "$@" || args+=(-wi 3)
has -i "$@" || args+=(-i 5)
has -prof "$@" || args+=(-prof gc)
has -jvmArgs "$@" || args+=(-jvmArgs -XX:+AlwaysPreTouch)
results=${RESULTS:-benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ).json}
mkdir -p "$(dirname "$results")"

java -jar benchmarks/target/benchmarks.jar ReadBenchmark "${args[@]}" -rf json -rff "$results" "$@"
echo
echo "results: $results"
java -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.ResultsTable "$results"
