package org.cloudtrail4j.parser.internal;

import java.util.Iterator;
import java.util.List;

/** Reads sources one after the other on the consuming thread. */
final class SequentialItems implements ItemSource {
  private final Iterator<EntryReader> readers;
  private EntryReader current;

  SequentialItems(List<EntryReader> readers) {
    this.readers = readers.iterator();
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
    while (readers.hasNext()) {
      readers.next().close();
    }
  }
}
