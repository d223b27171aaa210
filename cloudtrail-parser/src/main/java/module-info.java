/**
 * The CloudTrail log reader: {@link org.cloudtrail4j.parser.CloudTrailReader}, and the mapper SPI in
 * {@code org.cloudtrail4j.parser.spi}.
 */
module org.cloudtrail4j.parser {
  requires transitive org.cloudtrail4j.model;
  requires static org.immutables.value.annotations;

  exports org.cloudtrail4j.parser;
  exports org.cloudtrail4j.parser.spi;

  uses org.cloudtrail4j.parser.spi.CloudTrailEventMapper;
}
