package org.cloudtrail4j.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.cloudtrail4j.spark.TestSpark;
import org.junit.jupiter.api.Test;

class HadoopConfTest {
  @Test
  void shipsEverySettingUnexpanded() throws Exception {
    Configuration conf = new Configuration(); // Hadoop's defaults too, as the driver's configuration has them
    conf.set("fs.s3a.endpoint", "http://127.0.0.1:9000");
    conf.set("fs.s3a.bucket.trail.endpoint.region", "eu-west-1");
    conf.set("my.base", "/tmp/base");
    conf.set("my.derived", "${my.base}/child");
    Configuration shipped = roundTrip(new HadoopConf(conf)).get();
    assertThat(settings(shipped)).isEqualTo(settings(conf)).hasSizeGreaterThan(100);
    assertThat(shipped.get("my.derived")).isEqualTo("/tmp/base/child");
    assertThat(shipped.getRaw("my.derived")).isEqualTo("${my.base}/child");
  }

  @Test
  void shipsAnEmptyConfiguration() throws Exception {
    assertThat(settings(roundTrip(new HadoopConf(new Configuration(false))).get())).isEmpty();
  }

  @Test
  void shipsFewerBytesThanHadoopsOwnFormat() throws Exception {
    Configuration conf = new Configuration();
    ByteArrayOutputStream hadoops = new ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(hadoops)) {
      conf.write(out);
    }
    // Hadoop's own format gzips each setting's sources one by one; ours has no such part
    assertThat(serialize(new HadoopConf(conf)).length).isLessThan(hadoops.size());
  }

  @Test
  void reusesTheBroadcastOfTheSameSettingsInTheSameContext() {
    SparkContext sc = TestSpark.session().sparkContext();
    Broadcast<HadoopConf> first = HadoopConf.broadcast(sc, new Configuration(sc.hadoopConfiguration()));
    assertThat(HadoopConf.broadcast(sc, new Configuration(sc.hadoopConfiguration()))).isSameAs(first);
    Configuration other = new Configuration(sc.hadoopConfiguration());
    other.set("fs.s3a.endpoint", "http://127.0.0.1:1");
    Broadcast<HadoopConf> second = HadoopConf.broadcast(sc, other);
    assertThat(second).isNotSameAs(first);
    assertThat(second.value().get().get("fs.s3a.endpoint")).isEqualTo("http://127.0.0.1:1");
    assertThat(HadoopConf.broadcast(sc, new Configuration(sc.hadoopConfiguration()))).isNotSameAs(second);
  }

  @Test
  void forgetsTheBroadcastAndItsSettingsWhenItsContextStops() throws InterruptedException {
    SparkContext sc = TestSpark.session().sparkContext();
    Configuration conf = new Configuration(sc.hadoopConfiguration());
    conf.set("fs.s3a.secret.key", "not-a-real-secret");
    WeakReference<Broadcast<HadoopConf>> held = new WeakReference<>(HadoopConf.broadcast(sc, conf));
    TestSpark.stop(); // the shared session: the next test starts another
    sc = null;
    // nothing else references the broadcast (nor the settings kept with it): once the context stops, it can go
    for (int i = 0; i < 50 && held.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(held.get()).as("the stopped context's broadcast (and its secret) still held").isNull();
    SparkContext next = TestSpark.session().sparkContext();
    Broadcast<HadoopConf> again = HadoopConf.broadcast(next, new Configuration(conf));
    assertThat(again.value().get().get("fs.s3a.secret.key")).isEqualTo("not-a-real-secret"); // a live broadcast
    assertThat(HadoopConf.broadcast(next, new Configuration(conf))).isSameAs(again);
  }

  private static Map<String, String> settings(Configuration c) {
    Map<String, String> m = new TreeMap<>();
    c.forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  private static byte[] serialize(HadoopConf c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(List.of(c));
    }
    return bytes.toByteArray();
  }

  private static HadoopConf roundTrip(HadoopConf c) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(c)))) {
      return (HadoopConf) ((List<?>) in.readObject()).get(0);
    }
  }
}
