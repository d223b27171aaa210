package org.cloudtrail4j.parser.internal;

import java.util.Objects;
import java.util.function.Function;
import org.cloudtrail4j.parser.CloudTrailReader;

/**
 * The configuration a {@link CloudTrailReader} was built with, for internal readers that add what no public option
 * says (the Spark source's member projection, {@link ReaderConfig#withProjection}) to a reader built by
 * {@link CloudTrailReader#builder()}: the builder's defaults (limits, strictness, delivery lag) then live in the
 * builder alone. {@code CloudTrailReader} hands over its accessor when its class is initialised, as the JDK's
 * {@code SharedSecrets} do; a reader instance exists only after that.
 */
public final class ReaderAccess {
  private static volatile Function<CloudTrailReader, ReaderConfig> access;
  private static volatile Function<ReaderConfig, CloudTrailReader> make;

  private ReaderAccess() {}

  /**
   * Takes {@code CloudTrailReader}'s accessor and constructor; called once, by its class initialiser.
   *
   * @param accessor a reader's configuration
   * @param constructor a reader with a configuration
   * @throws IllegalStateException when called again
   */
  public static synchronized void grant(Function<CloudTrailReader, ReaderConfig> accessor,
      Function<ReaderConfig, CloudTrailReader> constructor) {
    if (access != null) {
      throw new IllegalStateException("CloudTrailReader's configuration accessor was already granted");
    }
    access = Objects.requireNonNull(accessor, "accessor");
    make = Objects.requireNonNull(constructor, "constructor");
  }

  /**
   * A reader like {@code reader} that reads with {@code config} (e.g. {@code configOf(reader).withProjection(...)}),
   * so that an internal reader calls the same public entry points ({@code read(...)}, {@code S3LogSource.read})
   * as users do.
   *
   * @param reader a built reader (its class is initialised, so the constructor is granted)
   * @param config the configuration to read with
   * @return the reader
   */
  public static CloudTrailReader withConfig(CloudTrailReader reader, ReaderConfig config) {
    Objects.requireNonNull(reader, "reader");
    return make.apply(Objects.requireNonNull(config, "config"));
  }

  /**
   * The configuration {@code reader} reads with.
   *
   * @param reader a built reader
   * @return its configuration
   */
  public static ReaderConfig configOf(CloudTrailReader reader) {
    Objects.requireNonNull(reader, "reader");
    return access.apply(reader);
  }
}
