package org.cloudtrail4j.parser;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;

/**
 * Reads an input with a problem handler and lists what came out, one line per item in stream order, so that a test
 * states an exact outcome in one assertion: {@code "event id-0"} for an event (its eventID) and
 * {@code "KIND @offset #index $.path"} for a problem ({@code #-1} for a problem with the whole source).
 */
final class Outcomes {
  private Outcomes() {}

  /** The outcome of reading {@code bytes} in {@code mode} with default limits. */
  static List<String> read(byte[] bytes, InputModesTest.Mode mode) {
    return read(bytes, mode, ReadLimits.defaults());
  }

  static List<String> read(byte[] bytes, InputModesTest.Mode mode, ReadLimits limits) {
    List<String> out = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().limits(limits).onProblem(p -> out.add(line(p))).build();
    InputStream in = mode.open.apply(bytes);
    try (Stream<CloudTrailEvent> events = in == null ? reader.read(bytes, "input") : reader.read(in, "input")) {
      events.forEach(e -> out.add(line(e)));
    }
    return out;
  }

  /** The outcome of reading a stream. */
  static List<String> read(InputStream in, ReadLimits limits) {
    List<String> out = new ArrayList<>();
    CloudTrailReader reader = CloudTrailReader.builder().limits(limits).onProblem(p -> out.add(line(p))).build();
    try (Stream<CloudTrailEvent> events = reader.read(in, "input")) {
      events.forEach(e -> out.add(line(e)));
    }
    return out;
  }

  static String line(CloudTrailEvent e) {
    return "event " + e.eventID().orElse("?");
  }

  static String line(CloudTrailProblem p) {
    return p.kind() + " @" + p.byteOffset() + " #" + p.recordIndex() + " " + p.jsonPath();
  }

  /** A problem line, as {@link #line(CloudTrailProblem)} writes it. */
  static String problem(ProblemKind kind, long offset, long index, String path) {
    return kind + " @" + offset + " #" + index + " " + path;
  }

  static String event(String id) {
    return "event " + id;
  }
}
