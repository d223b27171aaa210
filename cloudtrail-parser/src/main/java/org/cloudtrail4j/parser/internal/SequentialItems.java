package org.cloudtrail4j.parser.internal;

import java.util.Iterator;

/** Reads sources one after the other on the consuming thread. */
final class SequentialItems implements ItemSource {
  private final Iterator<EntryReader> readers;
  private EntryReader current;
  private EntryReader unstarted;

  /** Over readers made as they are needed (a directory walk): those not yet made hold nothing open. */
  SequentialItems(Iterator<EntryReader> readers) {
    this.readers = readers;
  }

  /** Over one reader, which may hold a stream open before it starts. */
  SequentialItems(EntryReader one) {
    this.readers = java.util.Collections.emptyIterator();
    this.current = one;
    this.unstarted = one;
  }

  @Override
  public Object next() {
    while (true) {
      if (current == null) {
        if (!readers.hasNext()) {
          return null;
        }
        current = readers.next();
      }
      Object item = current.next();
      if (item != null) {
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
  }
}
