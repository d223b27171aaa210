package org.cloudtrail4j.s3.internal;

import java.io.IOException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The one wording of a failed S3 request, for the reader's listing and GETs and for the validator's store alike:
 * {@code cannot <operation> s3://bucket/key: HTTP <status> (<S3 error code>): <what went wrong>}, for example
 * {@code cannot list s3://my-trail/AWSLogs/: HTTP 403 (AccessDenied): access denied}. What went wrong is S3's own
 * message, or what the caller knows better (an ETag that no longer matches); a 403 always says {@code access denied},
 * which S3's message for it ({@code Access Denied}) only repeats, as does the {@code Forbidden} the SDK gives for an
 * answer without a body (a {@code HEAD}'s), and keeps any other message of S3 (a KMS key the caller may not use). A
 * failure without an answer from S3 (the network, or retries the SDK gave up on) is
 * {@code cannot <operation> s3://bucket/key: <the SDK's message>}, and one this library gives up on itself (a body
 * that broke off once too often) {@code cannot <operation> s3://bucket/key: <what happened>}.
 */
public final class S3Failure {
  private S3Failure() {}

  /**
   * The exception for a failed request, with the SDK's as its cause.
   *
   * @param operation what was asked, as a verb: {@code list}, {@code get}, {@code head}
   * @param bucket the bucket
   * @param key the key or prefix
   * @param e the SDK's exception
   * @return the exception, its message as the class comment says
   */
  public static IOException exception(String operation, String bucket, String key, SdkException e) {
    return new IOException(message(operation, bucket, key, e, null), e);
  }

  /**
   * The message for a failed request.
   *
   * @param operation what was asked, as a verb: {@code list}, {@code get}, {@code head}
   * @param bucket the bucket
   * @param key the key or prefix
   * @param e the SDK's exception
   * @param detail what went wrong in the caller's words, instead of S3's message; null for S3's
   * @return the message, as the class comment says
   */
  public static String message(String operation, String bucket, String key, SdkException e, String detail) {
    StringBuilder m = new StringBuilder(message(operation, bucket, key, ""));
    if (!(e instanceof S3Exception)) {
      return m.append(detail != null ? detail : e.getMessage()).toString();
    }
    S3Exception s = (S3Exception) e;
    String code = code(s);
    String said = s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorMessage();
    m.append("HTTP ").append(s.statusCode());
    if (code != null && !code.isEmpty()) {
      m.append(" (").append(code).append(')');
    }
    String what = detail != null ? detail : said;
    if (s.statusCode() == 403) {
      m.append(": access denied");
      if (what != null && !what.isEmpty() && !what.equalsIgnoreCase("access denied")
          && !what.equalsIgnoreCase("forbidden")) {
        m.append(": ").append(what);
      }
    } else if (what != null && !what.isEmpty()) {
      m.append(": ").append(what);
    }
    return m.toString();
  }

  /**
   * The message for a request that failed without an answer from S3 to say why.
   *
   * @param operation what was asked, as a verb: {@code list}, {@code get}, {@code head}
   * @param bucket the bucket
   * @param key the key or prefix
   * @param what what happened, in words
   * @return {@code cannot <operation> s3://bucket/key: <what>}
   */
  public static String message(String operation, String bucket, String key, String what) {
    return "cannot " + operation + " s3://" + bucket + "/" + key + ": " + what;
  }

  /**
   * S3's error code ({@code AccessDenied}, {@code NoSuchBucket}, ...).
   *
   * @param e the SDK's exception for an answer from S3
   * @return the code, or null when the answer had none
   */
  public static String code(S3Exception e) {
    return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
  }
}
