package org.cloudtrail4j.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import org.cloudtrail4j.parser.internal.Causes;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The bytes of one S3 object, streamed from a GET. When the connection breaks in the middle (an exception, or the
 * body ending before its length), the stream continues with a ranged GET from the first byte not yet delivered,
 * conditional on the object's ETag ({@code If-Match}), so that the reader sees each byte exactly once, or an
 * {@link IOException} when the object changed or the retries are spent. Errors before the body (throttling, 5xx) are
 * the SDK's retry strategy's; this class retries only broken bodies. Not thread-safe.
 */
public final class ObjectStream extends InputStream {
  private final S3Client s3;
  private final String bucket;
  private final String key;
  private final int maxResumes;
  private String etag;
  private long length = -1;
  private long position;
  private int resumes;
  private InputStream in;
  private boolean closed;

  private ObjectStream(S3Client s3, String bucket, String key, String etag, int maxResumes) {
    this.s3 = s3;
    this.bucket = bucket;
    this.key = key;
    this.etag = etag;
    this.maxResumes = maxResumes;
  }

  /**
   * Opens the object with a GET (conditional on {@code etag} when known).
   *
   * @param etag the ETag the listing saw, or null
   * @param maxResumes how many broken connections to resume from
   * @return the stream, positioned at the first byte
   * @throws IOException naming the key when the GET fails: the object was deleted, access is denied, or the SDK
   *     gave up
   */
  public static ObjectStream open(S3Client s3, String bucket, String key, String etag, int maxResumes)
      throws IOException {
    ObjectStream s = new ObjectStream(s3, bucket, key, etag, maxResumes);
    s.get();
    return s;
  }

  /** How many times the body was resumed after a broken connection. */
  public int resumes() {
    return resumes;
  }

  private void get() throws IOException {
    GetObjectRequest.Builder req = GetObjectRequest.builder().bucket(bucket).key(key);
    if (etag != null) {
      req.ifMatch(etag);
    }
    if (position > 0) {
      req.range("bytes=" + position + "-");
    }
    ResponseInputStream<GetObjectResponse> r;
    try {
      r = s3.getObject(req.build());
    } catch (SdkException e) {
      throw new IOException(describe(e), e);
    }
    GetObjectResponse response = r.response();
    if (etag == null) {
      etag = response.eTag();
    }
    if (length < 0 && response.contentLength() != null) {
      length = position + response.contentLength();
    }
    in = r;
  }

  /** The failed GET in S3Failure's words, with what this stream knows better than S3's message. */
  private String describe(SdkException e) {
    String detail = null;
    if (e instanceof NoSuchKeyException) {
      detail = "the object no longer exists (deleted since it was listed or announced)";
    } else if (e instanceof S3Exception && ((S3Exception) e).statusCode() == 412) {
      detail = "the object changed " + (position == 0 ? "since it was listed" : "while it was read")
          + " (its ETag is no longer " + etag + ")";
    }
    return S3Failure.message("get", bucket, key, e, detail);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    if (len == 0) {
      return 0;
    }
    while (true) {
      int n;
      IOException broken = null;
      try {
        n = in.read(b, off, len);
      } catch (IOException e) {
        n = 0;
        broken = e;
      } catch (SdkException e) {
        n = 0;
        broken = new IOException(e.getMessage(), e);
      }
      if (broken == null) {
        if (n > 0) {
          position += n;
          return n;
        }
        if (n < 0 && (length < 0 || position >= length)) {
          return -1;
        }
        if (n == 0) {
          continue;
        }
        broken = new IOException("the body ended before its length");
      }
      resume(broken);
    }
  }

  private void resume(IOException cause) throws IOException {
    closeQuietly();
    if (resumes >= maxResumes) {
      throw new IOException(S3Failure.message("get", bucket, key, "the connection broke off " + (resumes + 1)
          + (resumes == 0 ? " time" : " times") + ", the last at byte " + position + (length < 0 ? "" : " of " + length)
          + "; giving up: " + Causes.inWords(cause, null)), cause);
    }
    resumes++;
    get();
  }

  private void closeQuietly() {
    if (in != null) {
      try {
        if (in instanceof ResponseInputStream) {
          ((ResponseInputStream<?>) in).abort(); // do not drain a broken or unwanted body to reuse the connection
        }
        in.close();
      } catch (IOException | RuntimeException ignored) {
        // the connection is gone already
      }
      in = null;
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (in != null && length >= 0 && position < length) {
        closeQuietly(); // stopped early: abort rather than read the rest
      } else if (in != null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // read to the end: nothing to lose
        }
        in = null;
      }
    }
  }
}
