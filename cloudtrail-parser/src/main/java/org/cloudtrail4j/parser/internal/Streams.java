package org.cloudtrail4j.parser.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailSource;

/** Builds the event streams of a {@code CloudTrailReader}: every kind of input goes through the same items. */
public final class Streams {
  private Streams() {}

  /**
   * Events of files or directory trees, one after the other; each tree is walked as it is read, so the first events
   * come before the last folder is listed.
   *
   * @param paths the paths, at least one
   * @param config the reader's configuration
   * @return the events
   * @throws UncheckedIOException with {@link NoSuchFileException} when a path does not exist
   */
  public static Stream<CloudTrailEvent> of(List<Path> paths, ReaderConfig config) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UncheckedIOException(new NoSuchFileException(path.toString()));
      }
    }
    if (paths.size() == 1 && !Files.isDirectory(paths.get(0))) {
      // a file the user named is read even when it does not look like a log
      return stream(SequentialItems.ofNamed(SourceEntry.read(paths.get(0)), config), config);
    }
    Iterator<SourceEntry> entries = new Iterator<>() {
      private final Iterator<Path> rest = paths.iterator();
      private Iterator<SourceEntry> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && rest.hasNext()) {
          Path p = rest.next();
          current = Files.isDirectory(p) ? new TreeWalker(p, config.selector) : List.of(SourceEntry.read(p)).iterator();
        }
        return current.hasNext();
      }

      @Override
      public SourceEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return of(entries, config, null);
  }

  /**
   * Events of the sources, opened lazily in turn; the sources' stream is closed with the events' stream.
   *
   * @param sources the sources
   * @param config the reader's configuration
   * @return the events
   */
  public static Stream<CloudTrailEvent> of(Stream<CloudTrailSource> sources, ReaderConfig config) {
    Iterator<CloudTrailSource> it = sources.iterator();
    Iterator<SourceEntry> entries = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public SourceEntry next() {
        return SourceEntry.of(it.next());
      }
    };
    return of(entries, config, sources);
  }

  private static Stream<CloudTrailEvent> of(Iterator<SourceEntry> entries, ReaderConfig config,
      AutoCloseable onClose) {
    ItemSource items = config.parallelism > 1
        ? new ParallelItems(entries, config, config.parallelism, config.ordered)
        : SequentialItems.of(entries, config);
    Stream<CloudTrailEvent> events = stream(items, config);
    return onClose == null ? events : events.onClose(() -> {
      try {
        onClose.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the sources failed", e);
      }
    });
  }

  /**
   * Events of one stream, which the returned stream closes.
   *
   * @param in the bytes
   * @param name the name in problems and origins
   * @param config the reader's configuration
   * @return the events
   */
  public static Stream<CloudTrailEvent> of(InputStream in, String name, ReaderConfig config) {
    return stream(SequentialItems.of(in, name, config), config);
  }

  /**
   * Events of bytes in memory, which they share (no copy).
   *
   * @param bytes the array
   * @param offset where the source starts
   * @param length the source's length
   * @param name the name in problems and origins
   * @param config the reader's configuration
   * @return the events
   */
  public static Stream<CloudTrailEvent> of(byte[] bytes, int offset, int length, String name, ReaderConfig config) {
    return stream(SequentialItems.of(bytes, offset, length, name, config), config);
  }

  private static Stream<CloudTrailEvent> stream(ItemSource items, ReaderConfig config) {
    return StreamSupport.stream(new EventSpliterator(items, config), false).onClose(items::close);
  }
}
