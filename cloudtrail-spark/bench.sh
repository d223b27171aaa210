#!/usr/bin/env bash
# The Spark benchmark behind benchmarks/README.md's Spark table: format("cloudtrail") against Spark's JSON source
# (schema declared, and inferred) over the benchmarks' generated tree, one JVM per master.
#
#   cloudtrail-spark/bench.sh build [megabytes=64]          compile, write the class path, generate the corpus
#   cloudtrail-spark/bench.sh run [master=local[2]] [runs=5] [megabytes=64] [only=NAME,PREFIX*,...]
#   cloudtrail-spark/bench.sh [megabytes=64] [runs=5]       both, for local[2] then local[1]
#
# Building is ordinary work; only "run" needs a quiet machine. On the shared build machine:
#   /work/coord/cpu cloudtrail-spark/bench.sh build && /work/coord/bench cloudtrail-spark/bench.sh run 'local[2]' 5
# JAVA_HOME picks the JDK of the run; BENCH_QUERIES=PREFIX runs only the queries whose name starts so (e.g. "full",
# for a profile). CLASSES_FIRST=DIR puts DIR first on the class path, to run a variant of a class
# (compiled into DIR) beside the current one in the same bench call.
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

build() {
  local size=$1 corpus=${CORPUS:-/tmp/cloudtrail4j-spark-corpus-$1}
  # in one reactor, so that the class path names the modules' target/classes (nothing is installed)
  ./mvnw -B -q -o -pl benchmarks,cloudtrail-spark -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null
  if [[ ! -d $corpus/tree ]]; then
    "$java" -cp benchmarks/target/classes org.cloudtrail4j.benchmarks.CorpusGenerator "$corpus" "$size"
  fi
}

run() {
  local master=$1 runs=$2 size=$3 only=${4:-} corpus=${CORPUS:-/tmp/cloudtrail4j-spark-corpus-$3}
  local cp="cloudtrail-spark/target/test-classes:cloudtrail-spark/target/classes"
  if [[ -n ${CLASSES_FIRST:-} ]]; then cp="$CLASSES_FIRST:$cp"; echo "variant: classes of $CLASSES_FIRST first"; fi
  cp="$cp:$(cat cloudtrail-spark/target/bench.classpath)"
  local flags=(-XX:+IgnoreUnrecognizedVMOptions -Xmx2g -XX:+AlwaysPreTouch
    --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
    --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
    --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
    --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
    --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
    -Dio.netty.tryReflectionSetAccessible=true
    -Dlog4j2.configurationFile=cloudtrail-spark/src/test/resources/log4j2-test.properties)
  # sun.security.action left java.base in JDK 24: opening it there only prints a warning
  local feature
  feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if (( ${feature%%.*} < 24 )); then flags+=(--add-opens=java.base/sun.security.action=ALL-UNNAMED); fi
  SPARK_LOCAL_IP=127.0.0.1 "$java" "${flags[@]}" -cp "$cp" org.cloudtrail4j.spark.SparkScanBenchmark \
    "$corpus/tree/AWSLogs" "$master" "$runs" "$only"
}

case "${1:-}" in
  build) build "${2:-64}" ;;
  run) run "${2:-local[2]}" "${3:-5}" "${4:-64}" "${5:-}" ;;
  *)
    size=${1:-64}
    build "$size"
    for master in 'local[2]' 'local[1]'; do run "$master" "${2:-5}" "$size"; done
    ;;
esac
