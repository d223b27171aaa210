package org.cloudtrail4j.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.spi.CloudTrailEventMapper;

/** Mappers by (eventSource, eventName); immutable once built, shared by threads. */
public final class MapperRegistry {
  private final Map<String, List<CloudTrailEventMapper<?>>> byKey = new HashMap<>();

  /**
   * A registry of {@code registered} mappers, then, when {@code loadServices}, those {@link ServiceLoader} finds.
   * Registered mappers win over loaded ones for the same key and type.
   */
  public MapperRegistry(List<CloudTrailEventMapper<?>> registered, boolean loadServices) {
    List<CloudTrailEventMapper<?>> all = new ArrayList<>(registered);
    if (loadServices) {
      @SuppressWarnings("rawtypes")
      ServiceLoader<CloudTrailEventMapper> loader = ServiceLoader.load(CloudTrailEventMapper.class,
          MapperRegistry.class.getClassLoader());
      for (CloudTrailEventMapper<?> m : loader) {
        all.add(m);
      }
    }
    for (CloudTrailEventMapper<?> m : all) {
      for (String name : m.eventNames()) {
        byKey.computeIfAbsent(key(m.eventSource(), name), k -> new ArrayList<>()).add(m);
      }
    }
  }

  private static String key(String source, String name) {
    return source + '\u0000' + name;
  }

  /**
   * The typed view of {@code event} as {@code type}, when a mapper for its (eventSource, eventName) produces a subtype
   * of {@code type}. A mapper failure is reported through {@code config}'s policy.
   */
  public <T> Optional<T> as(CloudTrailEvent event, Class<T> type, ReaderConfig config) {
    if (event.eventSource().isEmpty() || event.eventName().isEmpty()) {
      return Optional.empty();
    }
    List<CloudTrailEventMapper<?>> mappers = byKey.get(key(event.eventSource().get(), event.eventName().get()));
    if (mappers == null) {
      return Optional.empty();
    }
    for (CloudTrailEventMapper<?> m : mappers) {
      if (type.isAssignableFrom(m.type())) {
        Object mapped;
        try {
          mapped = m.map(event);
        } catch (Exception | LinkageError e) {
          config.report(mapperProblem(event, m, e));
          return Optional.empty();
        }
        return Optional.ofNullable(type.cast(mapped));
      }
    }
    return Optional.empty();
  }

  private static CloudTrailProblem mapperProblem(CloudTrailEvent event, CloudTrailEventMapper<?> m, Throwable e) {
    String source = event.origin().map(o -> o.source()).orElse("(event built in code)");
    long offset = event.origin().map(o -> o.byteOffset()).orElse(-1L);
    long index = event.origin().map(o -> o.recordIndex()).orElse(-1L);
    return CloudTrailProblem.of(ProblemKind.MAPPER_FAILED, source, offset, index, "$",
        m.getClass().getName() + " failed on " + event.eventSource().orElse("") + " " + event.eventName().orElse("")
            + ": " + e, event.rawJson().isMissing() ? null : event.rawJson(), e);
  }
}
