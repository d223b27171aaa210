package org.cloudtrail4j.spark.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;

/**
 * A Hadoop {@link Configuration} that travels to executors (the driver's {@code fs.*} settings, credentials): its
 * settings as they were set (unexpanded), as plain strings. {@code Configuration.write}, which Spark's own
 * {@code SerializableConfiguration} uses, also writes where each of the ~1000 settings came from, gzip-compressed one
 * by one: most of the cost of shipping a configuration, paid on the driver for every query.
 */
final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 2L;

  private transient Configuration conf;

  /**
   * The last configuration broadcast, reused by the queries after it while its context and settings hold. Dropped
   * when its context stops ({@link Forget}, or the next query finding it stopped): the settings (credentials among
   * them, {@code fs.s3a.secret.key}) and the broadcast's value are held no longer than the context runs.
   */
  private static Shared last;

  /** The context {@link Forget} listens to: one listener per context, however many broadcasts it makes. */
  private static WeakReference<SparkContext> listened = new WeakReference<>(null);

  /** A broadcast and what it was made for: the context (weakly, so that a stopped one can go) and the settings. */
  private record Shared(WeakReference<SparkContext> context, Map<String, String> settings,
      Broadcast<HadoopConf> broadcast) {}

  HadoopConf(Configuration conf) {
    this.conf = conf;
  }

  /**
   * {@code conf} broadcast to {@code sc}'s executors: the broadcast of an earlier query when it was made in the same
   * context from the same settings, else a new one (which then replaces it). A broadcast costs the driver work in
   * every query (serialized, stored in the block manager and reported to its master), and each executor a fetch and
   * a {@code Configuration} of ~1000 settings the first time it reads it; the settings are nearly always those of the
   * query before. Comparing them costs a copy of the map.
   * The broadcast replaced is no longer referenced here, so Spark's context cleaner removes it as it would have; the
   * last one is dropped when its context stops.
   */
  static Broadcast<HadoopConf> broadcast(SparkContext sc, Configuration conf) {
    Map<String, String> settings = new HashMap<>();
    conf.forEach(e -> settings.put(e.getKey(), e.getValue()));
    synchronized (HadoopConf.class) {
      Shared s = last;
      if (s != null && s.context().get() == sc && !sc.isStopped() && s.settings().equals(settings)) {
        return s.broadcast();
      }
      last = null; // another context's (stopped: one runs at a time) or other settings': not kept while Spark fails
      Broadcast<HadoopConf> b = JavaSparkContext.fromSparkContext(sc).broadcast(new HadoopConf(conf));
      if (listened.get() != sc) {
        sc.addSparkListener(new Forget());
        listened = new WeakReference<>(sc);
      }
      last = new Shared(new WeakReference<>(sc), settings, b); // settings: this call's own map, held by nothing else
      return b;
    }
  }

  /**
   * Drops the broadcast kept when its context stops: Spark posts the application's end as it stops (after marking
   * the context stopped) and delivers it before {@code stop()} returns. Holds no context: the last broadcast's is
   * the one that stopped, or a newer one that runs.
   */
  private static final class Forget extends SparkListener {
    @Override
    public void onApplicationEnd(SparkListenerApplicationEnd end) {
      synchronized (HadoopConf.class) {
        Shared s = last;
        SparkContext c = s == null ? null : s.context().get();
        if (s != null && (c == null || c.isStopped())) {
          last = null;
        }
      }
    }
  }

  Configuration get() {
    return conf;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    List<Map.Entry<String, String>> settings = new ArrayList<>();
    conf.forEach(settings::add); // the raw values: ${...} is expanded where they are read, as on the driver
    out.writeInt(settings.size());
    for (Map.Entry<String, String> e : settings) {
      out.writeObject(e.getKey());
      out.writeObject(e.getValue());
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    Configuration c = new Configuration(false);
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      c.set((String) in.readObject(), (String) in.readObject());
    }
    conf = c;
  }
}
