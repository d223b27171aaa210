/**
 * The {@code cloudtrail} command: {@code cat}, {@code stats} and {@code eks} over CloudTrail logs. An application, not
 * a library: it exports nothing.
 */
module org.cloudtrail4j.cli {
  requires org.cloudtrail4j.parser;
  requires org.cloudtrail4j.eks;
  requires org.cloudtrail4j.integrity;
  requires org.cloudtrail4j.s3;
  requires software.amazon.awssdk.http.urlconnection;
  requires info.picocli;

  // picocli reads the commands' annotated fields by reflection
  opens org.cloudtrail4j.cli to info.picocli;
}
