package org.cloudtrail4j.parser.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cloudtrail4j.model.CloudTrailEvent;

/** Builds the event streams of a {@code CloudTrailReader}. */
public final class Streams {
  private Streams() {}

  /** Events of a file or a directory tree. */
  public static Stream<CloudTrailEvent> of(Path path, ReaderConfig config) {
    List<SourceEntry> entries = SourceWalker.walk(path);
    boolean single = entries.size() == 1 && entries.get(0).path.equals(path);
    ItemSource items;
    if (config.parallelism > 1 && entries.size() > 1) {
      items = new ParallelItems(entries, config, config.parallelism, config.ordered);
    } else {
      StringCache cache = new StringCache();
      List<EntryReader> readers = new ArrayList<>(entries.size());
      for (SourceEntry e : entries) {
        readers.add(new EntryReader(e, config, cache, single));
      }
      items = new SequentialItems(readers);
    }
    return stream(items, config);
  }

  /** Events of one stream, which the returned stream closes. */
  public static Stream<CloudTrailEvent> of(InputStream in, String name, ReaderConfig config) {
    SourceParser parser = new SourceParser(name, in, config, new StringCache(), true, true);
    return stream(new SequentialItems(List.of(new EntryReader(parser, in))), config);
  }

  /** Events of bytes in memory, which they share (no copy). */
  public static Stream<CloudTrailEvent> of(byte[] bytes, int offset, int length, String name, ReaderConfig config) {
    SourceParser parser = new SourceParser(name, bytes, offset, length, config, StringCache.forInputOf(length));
    return stream(new SequentialItems(List.of(new EntryReader(parser, null))), config);
  }

  private static Stream<CloudTrailEvent> stream(ItemSource items, ReaderConfig config) {
    return StreamSupport.stream(new EventSpliterator(items, config), false).onClose(items::close);
  }
}
