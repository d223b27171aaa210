package org.cloudtrail4j.model.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EventOrigin;

/**
 * An immutable registry of {@link CloudTrailEventMapper}s: what {@link CloudTrailEvent#as(Class)} consults. Every
 * event carries the registry of the reader that read it; an event built in code carries {@link #defaults()}.
 *
 * <p>For an event and a requested type, the mappers whose {@linkplain CloudTrailEventMapper#type() type} is a subtype
 * of the requested one are tried: first those with an exact {@link EventKey} for the event's source and name, then
 * those claiming the whole source ({@link EventKey#anyOf}); within each group, mappers added with {@link #with} come
 * first, then those found by {@link java.util.ServiceLoader}, in their order. The first non-null view wins.
 *
 * <p>Loading never fails as a whole: a provider line in {@code META-INF/services} that names a missing or broken
 * class, or a provider whose {@code mappers()} throws, is skipped, logged once as a warning through
 * {@link System.Logger} (logger {@code org.cloudtrail4j.model.spi.CloudTrailMappers}) and kept in
 * {@link #loadProblems()}, which readers also tell their {@code ReadListener}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CloudTrailMappers {
  private static final String SERVICE_FILE = "META-INF/services/" + CloudTrailMapperProvider.class.getName();
  private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+) |: (\\S+) not a subtype");
  // ServiceLoader's syntax errors: "<service>: <file URL>:<line>: Illegal ..."
  private static final Pattern FILE_LINE = Pattern.compile(": (\\S+):(\\d+): ");
  private static final int MAX_LOAD_ERRORS = 100;
  private static final CloudTrailMappers NONE = new CloudTrailMappers(List.of(), List.of());

  private final List<CloudTrailEventMapper<?>> mappers;
  private final List<String> loadProblems;
  private final Map<String, List<CloudTrailEventMapper<?>>> exact = new HashMap<>();
  private final Map<String, List<CloudTrailEventMapper<?>>> sourceWide = new HashMap<>();
  private final ClassValue<Boolean> producible = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      for (CloudTrailEventMapper<?> m : mappers) {
        if (type.isAssignableFrom(m.type())) {
          return true;
        }
      }
      return false;
    }
  };

  private CloudTrailMappers(List<CloudTrailEventMapper<?>> mappers, List<String> loadProblems) {
    this.mappers = List.copyOf(mappers);
    this.loadProblems = List.copyOf(loadProblems);
    for (CloudTrailEventMapper<?> m : this.mappers) {
      for (EventKey k : m.keys()) {
        if (k.isSourceWide()) {
          sourceWide.computeIfAbsent(k.eventSource(), s -> new ArrayList<>()).add(m);
        } else {
          exact.computeIfAbsent(key(k.eventSource(), k.eventName().get()), s -> new ArrayList<>()).add(m);
        }
      }
    }
  }

  /**
   * The mappers {@link java.util.ServiceLoader} finds with this library's class loader, loaded once per JVM.
   *
   * @return the default registry
   */
  public static CloudTrailMappers defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * The mappers {@link java.util.ServiceLoader} finds with {@code loader}, e.g. a web application's or a Spark
   * executor's class loader when the mappers live there. Loads anew on every call.
   *
   * @param loader the class loader to search
   * @return a new registry
   */
  public static CloudTrailMappers load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<CloudTrailEventMapper<?>> all = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Iterator<CloudTrailMapperProvider> it = ServiceLoader.load(CloudTrailMapperProvider.class, loader).iterator();
    int errors = 0;
    while (errors < MAX_LOAD_ERRORS) {
      CloudTrailMapperProvider provider;
      try {
        if (!it.hasNext()) {
          break;
        }
        provider = it.next();
      } catch (ServiceConfigurationError e) {
        // the iterator goes on with the next line after an error (ServiceLoader's documented best effort)
        errors++;
        problems.add(describe(e, loader));
        continue;
      }
      try {
        List<CloudTrailEventMapper<?>> provided = provider.mappers();
        for (CloudTrailEventMapper<?> m : provided) {
          check(m);
        }
        all.addAll(provided);
      } catch (RuntimeException | LinkageError e) {
        errors++;
        problems.add("skipped mapper provider " + provider.getClass().getName() + ": its mappers() failed: " + e);
      }
    }
    System.Logger log = System.getLogger(CloudTrailMappers.class.getName());
    for (String p : problems) {
      log.log(System.Logger.Level.WARNING, p);
    }
    return new CloudTrailMappers(all, problems);
  }

  /**
   * No mappers: {@link CloudTrailEvent#as(Class)} fails for every type. A base for {@link #with}.
   *
   * @return the empty registry
   */
  public static CloudTrailMappers none() {
    return NONE;
  }

  /**
   * This registry with {@code added} mappers, which come before this registry's own for the same key.
   *
   * @param added the mappers to add
   * @return a new registry
   */
  public CloudTrailMappers with(CloudTrailEventMapper<?>... added) {
    List<CloudTrailEventMapper<?>> all = new ArrayList<>(Arrays.asList(added));
    for (CloudTrailEventMapper<?> m : all) {
      check(m);
    }
    all.addAll(mappers);
    return new CloudTrailMappers(all, loadProblems);
  }

  /**
   * The typed view of {@code event} as {@code type}: {@code mappers.as(event, CreateClusterEvent.class)}.
   *
   * @param event the event
   * @param type the view wanted
   * @param <T> the view wanted
   * @return the view, or empty when no mapper for the event's source and name produces a {@code type} (always empty
   *     for a record without {@code eventSource} or {@code eventName})
   * @throws MappingException when the mapper throws
   * @throws IllegalArgumentException when no mapper of this registry can produce {@code type} for any event (a
   *     forgotten provider or registration)
   */
  public <T> Optional<T> as(CloudTrailEvent event, Class<T> type) {
    Objects.requireNonNull(event, "event");
    requireProducible(type);
    Optional<String> source = event.eventSource();
    Optional<String> name = event.eventName();
    if (source.isEmpty() || name.isEmpty()) {
      return Optional.empty(); // no operation: nothing to map, for source-wide mappers either
    }
    Optional<T> view = first(exact.get(key(source.get(), name.get())), event, type);
    return view.isPresent() ? view : first(sourceWide.get(source.get()), event, type);
  }

  /**
   * Whether some mapper here produces {@code type} or a subtype of it.
   *
   * @param type the view wanted
   * @return true when {@link #as} can give a {@code type} for some event
   */
  public boolean canProduce(Class<?> type) {
    return producible.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Fails unless some mapper produces {@code type}.
   *
   * @param type the view wanted
   * @throws IllegalArgumentException naming {@code type} and what is registered, when no mapper produces it
   */
  public void requireProducible(Class<?> type) {
    if (!canProduce(type)) {
      throw new IllegalArgumentException("no mapper produces " + type.getName() + ": " + describeMappers()
          + ". Register one with CloudTrailReader.builder().mapper(...) or CloudTrailMappers.with(...), or provide a "
          + CloudTrailMapperProvider.class.getName() + " (module-info 'provides', or " + SERVICE_FILE + ")");
    }
  }

  /**
   * Every mapper, in the order they are tried within a key group.
   *
   * @return the mappers
   */
  public List<CloudTrailEventMapper<?>> mappers() {
    return mappers;
  }

  /**
   * What went wrong while loading providers, one message per skipped provider line or failed provider, naming the
   * services file and line where it could be found.
   *
   * @return the problems, empty when loading went well
   */
  public List<String> loadProblems() {
    return loadProblems;
  }

  /** {@code CloudTrailMappers[27 mappers producing ...]}: what is registered. */
  @Override
  public String toString() {
    return "CloudTrailMappers[" + describeMappers() + "]";
  }

  private String describeMappers() {
    if (mappers.isEmpty()) {
      return "no mappers are registered" + (loadProblems.isEmpty() ? "" : " (" + loadProblems.size()
          + " providers failed to load: " + loadProblems + ")");
    }
    Set<String> types = new TreeSet<>();
    for (CloudTrailEventMapper<?> m : mappers) {
      types.add(m.type().getName());
    }
    return mappers.size() + " registered mappers produce " + String.join(", ", types)
        + (loadProblems.isEmpty() ? "" : " (" + loadProblems.size() + " providers failed to load: " + loadProblems
        + ")");
  }

  private static <T> Optional<T> first(List<CloudTrailEventMapper<?>> candidates, CloudTrailEvent event,
      Class<T> type) {
    if (candidates == null) {
      return Optional.empty();
    }
    for (CloudTrailEventMapper<?> m : candidates) {
      if (type.isAssignableFrom(m.type())) {
        Object view;
        try {
          view = m.map(event);
        } catch (Exception | LinkageError e) {
          EventOrigin origin = event.origin().orElse(null);
          throw new MappingException(m + " failed on " + event.eventSource().orElse("") + " "
              + event.eventName().orElse("") + (origin == null ? " (event built in code)" : " at " + origin) + ": " + e,
              origin, e);
        }
        if (view != null) {
          return Optional.of(type.cast(view));
        }
      }
    }
    return Optional.empty();
  }

  private static void check(CloudTrailEventMapper<?> m) {
    Objects.requireNonNull(m, "mapper");
    Objects.requireNonNull(m.type(), () -> m + ".type()");
    Set<EventKey> keys = m.keys();
    if (keys == null || keys.isEmpty()) {
      throw new IllegalArgumentException(m + " has no keys: a mapper needs at least one EventKey");
    }
  }

  private static String key(String source, String name) {
    return source + '\u0000' + name;
  }

  /** The message of a provider line that could not be loaded, with the services file and line when found. */
  private static String describe(ServiceConfigurationError e, ClassLoader loader) {
    String message = String.valueOf(e.getMessage());
    String reason = message + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
    Matcher at = FILE_LINE.matcher(message);
    if (at.find()) {
      return "skipped mapper provider line " + at.group(2) + " of " + at.group(1) + " \""
          + line(at.group(1), Integer.parseInt(at.group(2))) + "\": " + reason;
    }
    Matcher m = PROVIDER_NAME.matcher(message);
    if (!m.find()) {
      return "skipped a mapper provider: " + reason;
    }
    String className = m.group(1) != null ? m.group(1) : m.group(2);
    Set<String> where = new LinkedHashSet<>();
    try {
      Enumeration<URL> files = loader.getResources(SERVICE_FILE);
      for (URL url : Collections.list(files)) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          String line;
          int n = 0;
          while ((line = r.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            if ((hash < 0 ? line : line.substring(0, hash)).trim().equals(className)) {
              where.add(url + " line " + n);
            }
          }
        }
      }
    } catch (IOException ignored) {
      // the line is still named by its class; the file is a nicety
    }
    return "skipped mapper provider " + className + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")")
        + ": " + reason;
  }

  /** The text of line {@code n} of the file at {@code url}, or {@code ?} when it cannot be read again. */
  private static String line(String url, int n) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(java.net.URI.create(url).toURL().openStream(),
        StandardCharsets.UTF_8))) {
      String line = null;
      for (int i = 0; i < n; i++) {
        line = r.readLine();
      }
      return line == null ? "?" : line.trim();
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static final class Defaults {
    static final CloudTrailMappers INSTANCE = load(CloudTrailMappers.class.getClassLoader() == null
        ? ClassLoader.getSystemClassLoader() : CloudTrailMappers.class.getClassLoader());
  }
}
