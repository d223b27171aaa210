#!/usr/bin/env bash
# Builds the shaded benchmarks jar and runs every contender of ReadBenchmark side by side, then prints the table.
#
#   benchmarks/run.sh                                   # the published run: 64 MB corpus, every contender, 3 forks
#   benchmarks/run.sh -p sizeMb=8 -f 1 -wi 1 -i 2       # a quick look
#   benchmarks/run.sh -p contender=jacksonNextToken,awsCpl
#   benchmarks/run.sh -f 3 -wi 2 -i 4 -w 1s -r 1s \
#     -p contender=c4jCountTree2,duckdbDeclared2,c4jCountTree1,duckdbDeclared1,duckdbAuto2,duckdbAuto1
#                                                       # the count by service against DuckDB
#   benchmarks/run.sh -f 3 -wi 2 -i 4 -w 1s -r 1s \
#     -p contender=c4jCountTreeStatsRead2,c4jCountTree2,duckdbDeclared2,c4jCountTreeStatsRead1,duckdbDeclared1
#                                                       # the same with the read `cloudtrail stats` does (only the
#                                                       # members it counts decoded: the internal MemberProjection)
#   benchmarks/run.sh cli-stats [megabytes=64] [runs=10]
#                                                       # `cloudtrail stats` against zcat | jq (benchmarks/cli-stats.sh)
#   benchmarks/run.sh targets                           # the decode rows of the targets table (issue #14): the six
#                                                       # contenders they need, 3 rounds of one fork each, then one
#                                                       # -prof gc fork for B/record; JAVA=.../bin/java for JDK 25
#
# Arguments go to JMH. Defaults (-f 3 -wi 3 -i 5 -w 3s -r 3s -prof gc -jvmArgs -XX:+AlwaysPreTouch) apply unless the
# same option is given. Results go to benchmarks/results/<UTC time>.json, or to $RESULTS. The table printed at the end
# gives medians over every iteration of every fork, the spread of the fork medians, and the target ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${1:-} == cli-stats ]]; then
  shift
  ./mvnw -q -B -pl benchmarks,cloudtrail-cli -am package -DskipTests
  exec benchmarks/cli-stats.sh "$@"
fi

./mvnw -q -B -pl benchmarks -am package -DskipTests
java=${JAVA:-java}

if [[ ${1:-} == targets ]]; then
  # Each round runs every contender once (one fork each), so that what the machine does meanwhile reaches all of them
  # alike; ResultsTable pools the rounds' forks and gives each ratio's range within rounds ("fork k / fork k").
  # Allocation does not depend on the load: one fork with -prof gc gives B/record.
  shift
  contenders=jacksonNextToken,awsCpl,c4jFull,c4jEager,c4jTypical,c4jFiltered
  base=${RESULTS:-benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)-targets}
  mkdir -p "$(dirname "$base")"
  files=()
  for round in $(seq "${ROUNDS:-3}"); do
    "$java" -jar benchmarks/target/benchmarks.jar '^org\.cloudtrail4j\.benchmarks\.ReadBenchmark\.read$' \
      -p contender=$contenders -f 1 -wi 3 -i 5 -w 1s -r 1s -jvmArgs -XX:+AlwaysPreTouch "$@" \
      -rf json -rff "$base-r$round.json"
    files+=("$base-r$round.json")
  done
  "$java" -jar benchmarks/target/benchmarks.jar '^org\.cloudtrail4j\.benchmarks\.ReadBenchmark\.read$' \
    -p contender=$contenders -f 1 -wi 2 -i 2 -w 1s -r 1s -prof gc -jvmArgs -XX:+AlwaysPreTouch "$@" \
    -rf json -rff "$base-gc.json"
  echo
  echo "speed (rounds pooled): ${files[*]}"
  "$java" -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.ResultsTable "${files[@]}"
  echo
  echo "allocation: $base-gc.json"
  "$java" -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.ResultsTable "$base-gc.json"
  exit 0
fi

has() {
  local want=$1 arg
  shift
  for arg in "$@"; do
    [[ $arg == "$want" ]] && return 0
  done
  return 1
}

args=()
has -f "$@" || args+=(-f 3)
has -wi "$@" || args+=(-wi 3)
has -i "$@" || args+=(-i 5)
has -w "$@" || args+=(-w 3s)
has -r "$@" || args+=(-r 3s)
has -prof "$@" || args+=(-prof gc)
has -jvmArgs "$@" || args+=(-jvmArgs -XX:+AlwaysPreTouch)
results=${RESULTS:-benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ).json}
mkdir -p "$(dirname "$results")"

# anchored: a bare "ReadBenchmark" is a regular expression that also selects S3ReadBenchmark
"$java" -jar benchmarks/target/benchmarks.jar '^org\.cloudtrail4j\.benchmarks\.ReadBenchmark\.' "${args[@]}" -rf json -rff "$results" "$@"
echo
echo "results: $results"
"$java" -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.ResultsTable "$results"
