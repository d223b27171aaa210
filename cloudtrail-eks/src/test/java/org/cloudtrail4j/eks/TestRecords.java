package org.cloudtrail4j.eks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;

/** Test records from {@code src/test/resources}, read with the real reader. */
final class TestRecords {
  private TestRecords() {}

  static byte[] bytes(String resource) {
    try (InputStream in = TestRecords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of a resource file. */
  static List<CloudTrailEvent> readAll(String resource) {
    try (Stream<CloudTrailEvent> s = CloudTrailReader.defaults().read(bytes(resource), resource)) {
      return s.collect(Collectors.toList());
    }
  }

  /** The one record of a resource file. */
  static CloudTrailEvent read(String resource) {
    List<CloudTrailEvent> all = readAll(resource);
    if (all.size() != 1) {
      throw new IllegalStateException(resource + " holds " + all.size() + " records");
    }
    return all.get(0);
  }

  /** The typed EKS view of the one record of a resource file. */
  static <T extends EksEvent> T eks(String resource, Class<T> type) {
    return type.cast(EksEvent.of(read(resource)).orElseThrow());
  }

  /**
   * The names of the accessors of an EKS shape that hold something (a present Optional, a non-empty collection), to
   * assert that every other member is absent.
   */
  static TreeSet<String> present(Object shape) {
    TreeSet<String> names = new TreeSet<>();
    for (Method m : shape.getClass().getSuperclass().getDeclaredMethods()) {
      if (!Modifier.isAbstract(m.getModifiers()) || m.getParameterCount() != 0) {
        continue;
      }
      Object v;
      try {
        v = m.invoke(shape);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      boolean empty = v instanceof Optional ? ((Optional<?>) v).isEmpty()
          : v instanceof Collection ? ((Collection<?>) v).isEmpty()
          : v instanceof Map && ((Map<?, ?>) v).isEmpty();
      if (!empty) {
        names.add(m.getName());
      }
    }
    return names;
  }
}
