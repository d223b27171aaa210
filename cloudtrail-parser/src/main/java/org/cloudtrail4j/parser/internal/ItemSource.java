package org.cloudtrail4j.parser.internal;

/** Events, problems and source markers, in the order the consumer sees them; null at the end. */
interface ItemSource extends AutoCloseable {
  Object next();

  @Override
  void close();
}
