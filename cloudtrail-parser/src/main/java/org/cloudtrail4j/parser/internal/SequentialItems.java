package org.cloudtrail4j.parser.internal;

import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;

/**
 * Reads sources one after the other on the consuming thread.
 *
 * <p>One source at a time leaves a second processor idle, so here a gzip source inflates on another thread, ahead of
 * parsing ({@link WindowFeed}), when there is a second processor. {@link ParallelItems} parses
 * other files on the other threads instead, and does not read ahead.
 */
final class SequentialItems implements ItemSource {
  private final Iterator<EntryReader> readers;
  /** Open the next source when the current one has been inflated to its end (a walk that reads ahead). */
  private final boolean primesNext;
  private EntryReader current;
  private EntryReader unstarted;
  /** The next source, opened and inflating while the current one is parsed to its end. */
  private EntryReader primed;

  /** Over readers made as they are needed (a directory walk): those not yet made hold nothing open. */
  private SequentialItems(Iterator<EntryReader> readers, boolean primesNext) {
    this.readers = readers;
    this.primesNext = primesNext;
  }

  /** Over one reader, which may hold a stream open before it starts. */
  private SequentialItems(EntryReader one) {
    this.readers = Collections.emptyIterator();
    this.primesNext = false;
    this.current = one;
    this.unstarted = one;
  }

  /** Whether a gzip source is inflated ahead of parsing: with a second processor, which is otherwise idle. */
  static boolean readsAhead() {
    return WindowFeed.worthwhile();
  }

  /** The sources of a walk, opened in turn; a source that is not a log is skipped, not reported. */
  static SequentialItems of(Iterator<SourceEntry> entries, ReaderConfig config) {
    RecordDecoder decoder = config.newDecoder(new StringCache()); // one for the walk: caches carry over files
    boolean readAhead = readsAhead();
    return new SequentialItems(new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public EntryReader next() {
        return new EntryReader(entries.next(), config, decoder, false, readAhead);
      }
    }, readAhead);
  }

  /** One source the user named: read even when it does not look like a log. */
  static SequentialItems ofNamed(SourceEntry entry, ReaderConfig config) {
    return new SequentialItems(new EntryReader(entry, config, config.newDecoder(new StringCache()), true,
        readsAhead()));
  }

  /** One open stream, which the items close. */
  static SequentialItems of(InputStream userStream, String name, ReaderConfig config) {
    InputStream in = SourceStream.of(userStream); // its unchecked failures are this source's I/O errors
    SourceParser parser = new SourceParser(name, in, config, config.newDecoder(new StringCache()), true, true,
        readsAhead());
    return new SequentialItems(new EntryReader(parser, in));
  }

  /** Bytes in memory, which the events share (no copy). */
  static SequentialItems of(byte[] bytes, int offset, int length, String name, ReaderConfig config) {
    SourceParser parser = new SourceParser(name, bytes, offset, length, config,
        config.newDecoder(StringCache.forInputOf(length)), readsAhead());
    return new SequentialItems(new EntryReader(parser, null));
  }

  @Override
  public Object next() {
    while (true) {
      if (current == null) {
        if (primed != null) {
          current = primed;
          primed = null;
        } else if (!readers.hasNext()) {
          return null;
        } else {
          current = readers.next();
        }
      }
      Object item = current.next();
      if (item != null) {
        if (primesNext && primed == null && current.inflatedToTheEnd() && readers.hasNext()) {
          // the inflater has finished this file while its last windows are parsed: let it go on with the next
          primed = readers.next();
          primed.prime();
        }
        return item;
      }
      current = null;
    }
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
    }
    if (unstarted != null) {
      unstarted.close();
    }
    if (primed != null) {
      primed.close();
    }
  }
}
