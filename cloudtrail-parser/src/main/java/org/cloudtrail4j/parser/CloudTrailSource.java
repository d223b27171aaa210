package org.cloudtrail4j.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One log to read, by name: a file, an S3 object, a blob. {@code reader.read(Stream<CloudTrailSource>)} reads a
 * sequence of them exactly as it reads the files of a directory: with the reader's parallelism, order, filter,
 * limits, error policy and listener; opening one lazily, when its turn comes.
 *
 * <pre>{@code
 * Map<String, byte[]> blobs = Map.of("blob/2024/03/01/trail.json", "{\"Records\":[]}".getBytes());
 * Stream<CloudTrailSource> sources = blobs.entrySet().stream()
 *     .map(blob -> CloudTrailSource.of(blob.getKey(), () -> new ByteArrayInputStream(blob.getValue())));
 * try (Stream<CloudTrailEvent> events = reader.read(sources)) {
 *   events.forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>A source whose name ends in {@code .json}, {@code .gz}, {@code .jsonl} or {@code .ndjson} claims to be a log:
 * content that is neither JSON nor gzip is then a problem; other sources with such content are skipped and told to
 * the {@link ReadListener}. An {@link IOException} or unchecked exception from {@link #open()}, or from the stream it
 * returned while it is read, is reported as an {@code IO_ERROR} problem of that source under the reader's error
 * policy, after the records read before it.
 *
 * <p>Implementations must allow {@link #open()} to be called from a reader's worker thread.
 *
 * @since 0.1.0
 */
public interface CloudTrailSource {
  /**
   * The name used in problems, origins and the listener, e.g. a path or {@code s3://bucket/key}.
   *
   * @return the name
   */
  String name();

  /**
   * Opens the source's bytes (gzip or plain JSON, detected from the bytes). The reader closes the stream.
   *
   * @return a new stream over the whole source
   * @throws IOException when the source cannot be opened; reported as a problem of this source
   */
  InputStream open() throws IOException;

  /**
   * The size in bytes as stored (compressed), when known: for progress reports.
   *
   * @return the size, or empty
   */
  default OptionalLong size() {
    return OptionalLong.empty();
  }

  /**
   * A source from a name and a way to open it.
   *
   * @param name the name used in problems and origins
   * @param opener opens the bytes; called once, when the source's turn comes
   * @return the source
   */
  static CloudTrailSource of(String name, Opener opener) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    return new CloudTrailSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        return opener.open();
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /**
   * A source of bytes in memory.
   *
   * @param name the name used in problems and origins
   * @param bytes the source's bytes, not copied
   * @return the source
   */
  static CloudTrailSource of(String name, byte[] bytes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    return new CloudTrailSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }

      @Override
      public OptionalLong size() {
        return OptionalLong.of(bytes.length);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /**
   * A source of a file, named by its path.
   *
   * @param file the file
   * @return the source
   */
  static CloudTrailSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return new CloudTrailSource() {
      @Override
      public String name() {
        return file.toString();
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public OptionalLong size() {
        try {
          return OptionalLong.of(Files.size(file));
        } catch (IOException e) {
          return OptionalLong.empty();
        }
      }

      @Override
      public String toString() {
        return file.toString();
      }
    };
  }

  /** Opens a source's bytes: {@code () -> s3.getObject(request)}. */
  @FunctionalInterface
  interface Opener {
    /**
     * Opens the bytes.
     *
     * @return a new stream over the whole source
     * @throws IOException when the source cannot be opened
     */
    InputStream open() throws IOException;
  }
}
