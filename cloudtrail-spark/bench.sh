#!/usr/bin/env bash
# The Spark benchmark behind benchmarks/README.md's Spark table: format("cloudtrail") against Spark's JSON source
# (schema declared, and inferred) over the benchmarks' generated tree, local[2] then local[1], one JVM each.
#
#   cloudtrail-spark/bench.sh [megabytes=64] [runs=3]
#
# Run it on an idle machine (flock /work/coord/heavy.lock on the shared build machine).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-64}
runs=${2:-3}
corpus=${CORPUS:-/tmp/cloudtrail4j-corpus-$size}

mvn -q -o -pl benchmarks,cloudtrail-spark -am package -DskipTests
if [[ ! -d $corpus/tree ]]; then
  java -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.CorpusGenerator "$corpus" "$size"
fi
mvn -q -o -pl cloudtrail-spark -am dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath > /dev/null
cp="cloudtrail-spark/target/test-classes:cloudtrail-spark/target/classes:cloudtrail-parser/target/classes:cloudtrail-model/target/classes:$(cat cloudtrail-spark/target/bench.classpath)"
flags=(-XX:+IgnoreUnrecognizedVMOptions -Xmx2g
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.configurationFile=cloudtrail-spark/src/test/resources/log4j2-test.properties)
export SPARK_LOCAL_IP=127.0.0.1
for master in 'local[2]' 'local[1]'; do
  java "${flags[@]}" -cp "$cp" org.cloudtrail4j.spark.SparkScanBenchmark "$corpus/tree/AWSLogs" "$master" "$runs"
done
