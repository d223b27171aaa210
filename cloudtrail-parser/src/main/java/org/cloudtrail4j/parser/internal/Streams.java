package org.cloudtrail4j.parser.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cloudtrail4j.model.CloudTrailEvent;

/** Builds the event streams of a {@code CloudTrailReader}. */
public final class Streams {
  private Streams() {}

  /** Events of a file or a directory tree. */
  public static Stream<CloudTrailEvent> of(Path path, ReaderConfig config) {
    if (!Files.isDirectory(path)) {
      if (!Files.exists(path)) {
        throw new UncheckedIOException(new NoSuchFileException(path.toString()));
      }
      EntryReader reader = new EntryReader(SourceEntry.read(path), config, new StringCache(), true);
      return stream(new SequentialItems(reader), config);
    }
    // the tree is walked as it is read: the first events come before the last folder is listed
    TreeWalker walker = new TreeWalker(path, config.selector);
    ItemSource items;
    if (config.parallelism > 1) {
      items = new ParallelItems(walker, config, config.parallelism, config.ordered);
    } else {
      StringCache cache = new StringCache();
      items = new SequentialItems(new Iterator<>() {
        @Override
        public boolean hasNext() {
          return walker.hasNext();
        }

        @Override
        public EntryReader next() {
          return new EntryReader(walker.next(), config, cache, false);
        }
      });
    }
    return stream(items, config);
  }

  /** Events of one stream, which the returned stream closes. */
  public static Stream<CloudTrailEvent> of(InputStream in, String name, ReaderConfig config) {
    SourceParser parser = new SourceParser(name, in, config, new StringCache(), true, true);
    return stream(new SequentialItems(new EntryReader(parser, in)), config);
  }

  /** Events of bytes in memory, which they share (no copy). */
  public static Stream<CloudTrailEvent> of(byte[] bytes, int offset, int length, String name, ReaderConfig config) {
    SourceParser parser = new SourceParser(name, bytes, offset, length, config, StringCache.forInputOf(length));
    return stream(new SequentialItems(new EntryReader(parser, null)), config);
  }

  private static Stream<CloudTrailEvent> stream(ItemSource items, ReaderConfig config) {
    return StreamSupport.stream(new EventSpliterator(items, config), false).onClose(items::close);
  }
}
