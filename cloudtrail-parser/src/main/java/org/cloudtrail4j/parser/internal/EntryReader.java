package org.cloudtrail4j.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.cloudtrail4j.parser.ProblemKind;
import org.cloudtrail4j.parser.SourceSummary;

/**
 * Reads one source to its end as a sequence of items: a start marker, then events and problems, then an end marker
 * (finished or skipped); null after that. Owns and closes the file it opens.
 */
final class EntryReader implements AutoCloseable {
  private final SourceEntry entry;
  private final ReaderConfig config;
  private final RecordDecoder decoder;
  private final boolean explicit;
  private final boolean readAhead;
  private SourceParser parser;
  private InputStream stream;
  private int state; // 0 not started, 1 reading, 2 done
  /** The first item, taken early by {@link #prime()}. */
  private Object primed;

  /**
   * A reader that opens the entry when it starts.
   *
   * @param decoder the reading thread's decoder (made with {@code config}), shared with the sources it reads next
   * @param explicit true when the user named this source (see {@link SourceParser})
   * @param readAhead inflate a gzip source on another thread, ahead of parsing: the pipeline's decision
   */
  EntryReader(SourceEntry entry, ReaderConfig config, RecordDecoder decoder, boolean explicit, boolean readAhead) {
    this.entry = entry;
    this.config = config;
    this.decoder = decoder;
    this.explicit = explicit;
    this.readAhead = readAhead;
  }

  /** A reader over an already open stream or parser. */
  EntryReader(SourceParser parser, InputStream stream) {
    this.entry = null;
    this.config = null;
    this.decoder = null;
    this.explicit = true;
    this.readAhead = false; // the parser has its own
    this.parser = parser;
    this.stream = stream;
  }

  /**
   * Opens the source and starts inflating it, before its turn: a walk on one thread calls this while the source before
   * it is still being parsed, so that the inflater goes on with this one. The first item (the start marker, or why
   * the source cannot be read) is kept for {@link #next()}, so the items come in the same order.
   */
  void prime() {
    if (state == 0) {
      primed = next();
      if (state == 1 && parser != null) {
        parser.prime();
      }
    }
  }

  /** Whether this source has been inflated to its end, so that the next one may start inflating. */
  boolean inflatedToTheEnd() {
    return state == 1 && parser != null && parser.inflatedToTheEnd();
  }

  Object next() {
    if (primed != null) {
      Object item = primed;
      primed = null;
      return item;
    }
    switch (state) {
      case 0:
        state = 1;
        if (parser != null) {
          return SourceMarker.started(parser.source());
        }
        if (entry.skipReason != null) {
          state = 2;
          return SourceMarker.skipped(entry.name(), entry.skipReason);
        }
        if (entry.pruneReason != null) {
          state = 2;
          return SourceMarker.pruned(entry.name(), entry.pruneReason);
        }
        if (entry.visitError != null) {
          state = 2;
          return Problems.of(ProblemKind.IO_ERROR, entry.name(), 0, -1, "$", entry.visitError, null, null);
        }
        try {
          stream = entry.source.open();
        } catch (NoSuchFileException e) {
          state = 2;
          return Problems.of(ProblemKind.IO_ERROR, entry.name(), 0, -1, "$",
              "disappeared before it could be read", null, e);
        } catch (AccessDeniedException e) {
          state = 2;
          return Problems.of(ProblemKind.IO_ERROR, entry.name(), 0, -1, "$", "permission denied", null, e);
        } catch (IOException | RuntimeException e) {
          // a user's source (an S3 GET, say) may fail unchecked: it is this source's problem, not the stream's end
          state = 2;
          return Problems.of(ProblemKind.IO_ERROR, entry.name(), 0, -1, "$",
              "cannot open: " + Causes.inWords(e, entry.name()), null, e);
        }
        if (stream == null) {
          state = 2;
          return Problems.of(ProblemKind.IO_ERROR, entry.name(), 0, -1, "$", "cannot open: open() returned null",
              null, null);
        }
        stream = SourceStream.of(stream); // from here on, its unchecked failures are this source's I/O errors
        parser = new SourceParser(entry.name(), stream, config, decoder, explicit, entry.claimsToBeLog(), readAhead);
        return SourceMarker.started(entry.name());
      case 1:
        Object item = parser.next();
        if (item != null) {
          return item;
        }
        state = 2;
        close();
        Object end = parser.skippedReason() != null
            ? SourceMarker.skipped(parser.source(), parser.skippedReason())
            : SourceMarker.finished(SourceSummary.builder(parser.source()).records(parser.records())
                .problems(parser.problems()).filteredOut(parser.filtered()).bytes(parser.bytesRead()).build());
        parser = null; // its window and decoder: a directory walk keeps every reader until the stream ends
        return end;
      default:
        return null;
    }
  }

  @Override
  public void close() {
    if (parser != null) {
      try {
        parser.close(); // before the stream: its inflater may be reading it on another thread
      } catch (IOException ignored) {
        // closing a source we only read: nothing to lose
      }
    }
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // closing a file we only read: nothing to lose
      }
      stream = null;
    }
  }
}
