/**
 * The CloudTrail log reader: {@link org.cloudtrail4j.parser.CloudTrailReader}, its filters, sources, limits and
 * problems. Typed views of events and their mapper SPI are in {@code org.cloudtrail4j.model.spi}.
 */
module org.cloudtrail4j.parser {
  requires transitive org.cloudtrail4j.model;
  // reading the model's classes needs their (compile-time only) annotations
  requires static org.immutables.value.annotations;

  exports org.cloudtrail4j.parser;
}
