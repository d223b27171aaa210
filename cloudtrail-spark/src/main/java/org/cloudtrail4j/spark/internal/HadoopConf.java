package org.cloudtrail4j.spark.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * A Hadoop {@link Configuration} that travels to executors (the driver's {@code fs.*} settings, credentials): its
 * settings as they were set (unexpanded), as plain strings. {@code Configuration.write}, which Spark's own
 * {@code SerializableConfiguration} uses, also writes where each of the ~1000 settings came from, gzip-compressed one
 * by one: most of the cost of shipping a configuration, paid on the driver for every query.
 */
final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 2L;

  private transient Configuration conf;

  HadoopConf(Configuration conf) {
    this.conf = conf;
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
