/**
 * The CloudTrail log reader: {@link org.cloudtrail4j.parser.CloudTrailReader}, its filters, sources, limits and
 * problems. Typed views of events and their mapper SPI are in {@code org.cloudtrail4j.model.spi}.
 *
 * <p>Read a trail as CloudTrail delivers it to S3 (an {@code AWSLogs/} tree of gzipped files, or any file of
 * records), streaming, and print the calls that failed:
 * <pre>{@code
 * try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(Path.of("AWSLogs"))) {
 *   events.filter(CloudTrailEvent::failed)
 *       .forEach(e -> System.out.println(e.eventName().orElse("?") + " by " + e.principal() + ": "
 *           + e.errorCode().orElse("")));
 * }
 * }</pre>
 * {@code stream} reads with the defaults; a configured reader's {@code read} reads with its settings
 * ({@link org.cloudtrail4j.parser.CloudTrailReader#builder()}: filters, error policy, parallelism, limits).
 *
 * @since 0.1.0
 */
module org.cloudtrail4j.parser {
  requires transitive org.cloudtrail4j.model;
  // reading the model's classes needs their (compile-time only) annotations
  requires static org.immutables.value.annotations;

  exports org.cloudtrail4j.parser;
  // not API: cloudtrail-s3's listing reads folders of the key layout with the walk's LogFolder; the command line's
  // stats decodes only the members it counts (MemberProjection, through ReaderAccess); both say failures in the
  // reader's words (Causes), as the integrity module's reports do
  exports org.cloudtrail4j.parser.internal to org.cloudtrail4j.s3, org.cloudtrail4j.cli, org.cloudtrail4j.integrity;
}
