/**
 * The CloudTrail event model: {@link org.cloudtrail4j.model.CloudTrailEvent} and its members
 * ({@code org.cloudtrail4j.model}), the {@code userIdentity} variants ({@code org.cloudtrail4j.model.identity}) and
 * lazily decoded JSON values ({@code org.cloudtrail4j.model.json}), and the mapper SPI for typed views of events
 * ({@code org.cloudtrail4j.model.spi}).
 *
 * <p>Events normally come from {@code CloudTrailReader} (module {@code org.cloudtrail4j.parser}); they can also be
 * built, for tests or for events from another source, and asked the common questions directly:
 * <pre>{@code
 * CloudTrailEvent event = CloudTrailEvent.builder()
 *     .eventSource("kms.amazonaws.com")
 *     .eventName("Decrypt")
 *     .errorCode("AccessDenied")
 *     .build();
 * System.out.println(event.is("kms.amazonaws.com", "Decrypt") + " " + event.failed() + " " + event.principal());
 * // true true unknown
 * }</pre>
 *
 * <p>Values are immutable and thread-safe; members that real records can lack are {@link java.util.Optional}.
 *
 * @since 0.1.0
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
