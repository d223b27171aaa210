/**
 * Reads CloudTrail logs from S3 ({@link org.cloudtrail4j.s3.S3LogSource}) and from S3 notifications through SQS
 * ({@link org.cloudtrail4j.s3.S3NotificationConsumer}), with the AWS SDK for Java v2.
 *
 * <p>The failed calls of a trail, read where CloudTrail delivers it, through the same reader (filters, error policy,
 * parallelism) as a local tree:
 * <pre>{@code
 * S3Client client = S3Client.create();                 // the SDK's default region and credentials chains
 * try (S3LogSource s3 = S3LogSource.builder().client(client).build();
 *      Stream<CloudTrailEvent> events = s3.read(CloudTrailReader.defaults(),
 *          S3Location.parse("s3://my-trail-bucket/AWSLogs/"))) {
 *   events.filter(CloudTrailEvent::failed)
 *       .forEach(e -> System.out.println(e.eventName().orElse("?") + " by " + e.principal()));
 * }
 * }</pre>
 * The listing follows CloudTrail's key layout, and skips the accounts, regions and days that the reader's filter
 * excludes.
 *
 * @since 0.1.0
 */
module org.cloudtrail4j.s3 {
  requires transitive org.cloudtrail4j.parser;
  requires transitive software.amazon.awssdk.services.s3;
  requires transitive software.amazon.awssdk.services.sqs;
  // validation against S3: S3ObjectStore and CloudTrailPublicKeys implement the validator's interfaces
  requires transitive org.cloudtrail4j.integrity;
  requires transitive software.amazon.awssdk.services.cloudtrail;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.regions;
  requires software.amazon.awssdk.auth;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.utils;
  requires com.fasterxml.jackson.core;
  // reading the model's classes needs their (compile-time only) annotations
  requires static org.immutables.value.annotations;

  exports org.cloudtrail4j.s3;
}
