/**
 * The CloudTrail event model: {@link org.cloudtrail4j.model.CloudTrailEvent} and its members
 * ({@code org.cloudtrail4j.model}), the {@code userIdentity} variants ({@code org.cloudtrail4j.model.identity}) and
 * lazily decoded JSON values ({@code org.cloudtrail4j.model.json}), and the mapper SPI for typed views of events
 * ({@code org.cloudtrail4j.model.spi}).
 */
module org.cloudtrail4j.model {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.core;

  exports org.cloudtrail4j.model;
  exports org.cloudtrail4j.model.identity;
  exports org.cloudtrail4j.model.json;
  exports org.cloudtrail4j.model.spi;
  // the byte scanner and string decoder are shared with the parser, not with users
  exports org.cloudtrail4j.model.internal to org.cloudtrail4j.parser;

  uses org.cloudtrail4j.model.spi.CloudTrailMapperProvider;
}
