package org.cloudtrail4j.parser;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;

/**
 * Reads a tree and prints each event ({@code event ID}) and problem ({@code problem KIND FILE-NAME: MESSAGE}), one
 * a line: {@link DirectoryFaultsTest} runs it in a JVM without the privileges that let root read any file, so that
 * file permissions bind there even when the build runs as root.
 */
final class PermissionProbe {
  private PermissionProbe() {}

  /**
   * Reads {@code args[0]} with {@code args[1]} threads.
   *
   * @param args the tree and the number of threads
   */
  public static void main(String[] args) {
    StringBuilder out = new StringBuilder();
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().parallelism(Integer.parseInt(args[1]))
        .onProblem(p -> out.append("problem ").append(p.kind()).append(' ')
            .append(Path.of(p.source()).getFileName()).append(": ").append(p.message()).append('\n'))
        .build().read(Path.of(args[0]))) {
      s.forEach(e -> out.append("event ").append(e.eventID().orElse("?")).append('\n'));
    }
    System.out.print(out);
  }
}
