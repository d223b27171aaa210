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
#   benchmarks/run.sh targets                           # the decode rows of the targets table (issue #14): `final`
#                                                       # with the six contenders they need and no command line (it
#                                                       # ran its own rounds and one -prof gc fork until session 8)
#   benchmarks/run.sh final                             # every row of issue #14's targets table in one call: see
#                                                       # below ("final"); JAVA=.../bin/java for JDK 25
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

java=${JAVA:-java}

has() {
  local want=$1 arg
  shift
  for arg in "$@"; do
    [[ $arg == "$want" ]] && return 0
  done
  return 1
}

# JMH's options this script sets unless given: FORKS forks, WARM-UP/MEASURE time TIME, 3 + 5 iterations, -prof gc,
# -XX:+AlwaysPreTouch. Fills args.
jmh_defaults() {
  local forks=$1 time=$2; shift 2
  args=()
  has -f "$@" || args+=(-f "$forks")
  has -wi "$@" || args+=(-wi 3)
  has -i "$@" || args+=(-i 5)
  has -w "$@" || args+=(-w "$time")
  has -r "$@" || args+=(-r "$time")
  has -prof "$@" || args+=(-prof gc)
  has -jvmArgs "$@" || args+=(-jvmArgs -XX:+AlwaysPreTouch)
}

if [[ ${1:-} == targets ]]; then
  # the decode rows of the targets table only: `final`'s rounds with its six decode contenders and no command line
  shift
  CONTENDERS=jacksonNextToken,awsCpl,c4jFull,c4jEager,c4jTypical,c4jFiltered CLI_RUNS=0 exec "$0" final "$@"
fi

if [[ ${1:-} == final ]]; then
  # Every row of issue #14's targets table, measured together: `cloudtrail stats` against zcat | jq (cli-stats.sh,
  # interleaved runs), then ROUNDS (3) rounds, each one JMH call running every contender the table needs once (one
  # fork each, -prof gc on every fork: its counters are read between iterations, assumed negligible, not measured;
  # B/record then has one figure per round), so that what the machine does meanwhile reaches all of them alike.
  # The table's ratios are the medians of the ratios within each round (ResultsTable's "median of fork k / fork k"),
  # with their range.
  #   JAVA=path/to/bin/java   the JVM of the forks and of the command line (JAVA_HOME for cli-stats.sh is its home)
  #   ROUNDS=3 CLI_RUNS=10    rounds of JMH forks; interleaved runs of the command line (CLI_RUNS=0: none)
  #   CONTENDERS=a,b,...      another list; BUILD=0 uses the jars already built; WORK=folder keeps cli-stats's corpus
  #   RESULTS=path/prefix     where the raw results go (default benchmarks/results/<UTC time>-final-jdk<N>)
  # Arguments go to JMH (e.g. -p sizeMb=8 for a quick look; -wi/-i/-w/-r to change the defaults below).
  # Length, 64 MB, on the 2-vCPU machine of benchmarks/README.md: 195 s a round with the 18 contenders below (each
  # fork: JVM start, 4 GB pre-touched, the corpus generated, 8 s of iterations) and 15 s of command line (10 runs):
  # about 10 minutes per JDK. ROUNDS=0 runs the command line only.
  shift
  [[ ${BUILD:-1} == 0 ]] || ./mvnw -q -B -pl benchmarks,cloudtrail-cli -am package -DskipTests
  feature=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  base=${RESULTS:-benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)-final-jdk$feature}
  mkdir -p "$(dirname "$base")"
  contenders=${CONTENDERS:-jacksonNextToken,awsCpl,c4jFull,c4jEager,c4jTypical,c4jFiltered,gzipInflate,c4jGzipFile,\
c4jGzipTree1,c4jGzipTree2,duckdbDeclared2,c4jCountTreeStatsRead2,c4jCountTree2,duckdbAuto2,duckdbDeclared1,\
c4jCountTreeStatsRead1,c4jCountTree1,duckdbAuto1}
  {
    echo "final: $(date -u +%FT%TZ), $("$java" -version 2>&1 | head -1), $(git rev-parse --short HEAD)"
    echo "cpu: $(lscpu | awk -F': +' '/^Model name/ {m = $2} /^CPU\(s\)/ {n = $2} END {print m ", " n " CPUs"}')"
    echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee "$base-env.txt"
  if [[ ${CLI_RUNS:-10} != 0 ]]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")") VARIANTS=${VARIANTS:-jq stats} \
      benchmarks/cli-stats.sh 64 "${CLI_RUNS:-10}" | tee "$base-cli-stats.txt"
  fi
  jmh_defaults 1 1s "$@"   # -f N: N forks of each contender per round
  files=()
  for round in $(seq "${ROUNDS:-3}"); do
    echo "round $round: $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$base-env.txt"
    "$java" -jar benchmarks/target/benchmarks.jar '^org\.cloudtrail4j\.benchmarks\.ReadBenchmark\.read$' \
      -p contender="$contenders" "${args[@]}" "$@" -rf json -rff "$base-r$round.json"
    files+=("$base-r$round.json")
  done
  echo "end: $(date -u +%T)" | tee -a "$base-env.txt"
  [[ ${#files[@]} -gt 0 ]] || exit 0
  echo
  echo "rounds pooled: ${files[*]}"
  "$java" -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.ResultsTable "${files[@]}" \
    | tee "$base-table.md"
  exit 0
fi

./mvnw -q -B -pl benchmarks -am package -DskipTests

jmh_defaults 3 3s "$@"
results=${RESULTS:-benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ).json}
mkdir -p "$(dirname "$results")"

# anchored: a bare "ReadBenchmark" is a regular expression that also selects S3ReadBenchmark
"$java" -jar benchmarks/target/benchmarks.jar '^org\.cloudtrail4j\.benchmarks\.ReadBenchmark\.' "${args[@]}" -rf json -rff "$results" "$@"
echo
echo "results: $results"
"$java" -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.ResultsTable "$results"
