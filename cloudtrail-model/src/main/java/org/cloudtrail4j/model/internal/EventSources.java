package org.cloudtrail4j.model.internal;

import java.util.Objects;

/**
 * The one rule for naming a service: {@code kms} means {@code kms.amazonaws.com}, as the CLI's {@code --source} has
 * always read it. Shared by {@code EventKey}, {@code CloudTrailEvent.is} and the parser's {@code EventFilter}.
 */
public final class EventSources {
  private static final String SUFFIX = ".amazonaws.com";

  private EventSources() {}

  /**
   * {@code source} as CloudTrail writes it: unchanged when it contains a dot, else with {@code .amazonaws.com}
   * appended.
   *
   * @param source an event source, e.g. {@code eks.amazonaws.com} or {@code eks}
   * @param what what the argument is, for the messages
   * @return the full event source
   * @throws IllegalArgumentException when {@code source} is empty, or a short form that is not a service name (e.g.
   *     {@code CreateCluster}, an event name given where a source was expected)
   */
  public static String normalize(String source, String what) {
    Objects.requireNonNull(source, what);
    if (source.indexOf('.') >= 0) {
      return source;
    }
    if (source.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty: give an event source such as \"eks.amazonaws.com\"");
    }
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        throw new IllegalArgumentException(what + " \"" + source + "\" is not an event source: event sources are "
            + "lower case, e.g. \"eks.amazonaws.com\" or its short form \"eks\"" + (Character.isUpperCase(
            source.charAt(0)) ? " (\"" + source + "\" looks like an event name)" : ""));
      }
    }
    return source + SUFFIX;
  }
}
