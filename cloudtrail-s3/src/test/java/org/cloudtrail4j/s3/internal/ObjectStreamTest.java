package org.cloudtrail4j.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** A GET whose body breaks off: resumed from the first byte not delivered, and given up on in the module's words. */
class ObjectStreamTest {
  private static final byte[] OBJECT = new byte[1000];

  static {
    for (int i = 0; i < OBJECT.length; i++) {
      OBJECT[i] = (byte) (i * 31);
    }
  }

  /**
   * An S3 client whose every GET body breaks after {@code each} bytes: with a connection reset, or by ending before
   * its length. Keeps the GETs' ranges and If-Match conditions.
   */
  private static final class Breaking implements S3Client {
    final int each;
    final boolean reset;
    final List<String> gets = new ArrayList<>();

    Breaking(int each, boolean reset) {
      this.each = each;
      this.reset = reset;
    }

    @Override
    public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest r) {
      gets.add(r.range() + " " + r.ifMatch());
      int from = r.range() == null ? 0 : Integer.parseInt(r.range().replaceAll("bytes=(\\d+)-", "$1"));
      int until = Math.min(OBJECT.length, from + each);
      InputStream body = new InputStream() {
        private int at = from;

        @Override
        public int read() {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (at == until) {
            if (until < OBJECT.length && reset) {
              throw new SocketException("Connection reset");
            }
            return -1;
          }
          int n = Math.min(len, until - at);
          System.arraycopy(OBJECT, at, b, off, n);
          at += n;
          return n;
        }
      };
      GetObjectResponse response = GetObjectResponse.builder().eTag("\"e1\"").contentLength((long) OBJECT.length - from)
          .build();
      return new ResponseInputStream<>(response, AbortableInputStream.create(body));
    }

    @Override
    public String serviceName() {
      return "s3";
    }

    @Override
    public void close() {}
  }

  private static byte[] readAll(InputStream in, ByteArrayOutputStream into) throws IOException {
    byte[] buf = new byte[64];
    int n;
    while ((n = in.read(buf, 0, buf.length)) >= 0) {
      into.write(buf, 0, n);
    }
    return into.toByteArray();
  }

  @Test
  void aBodyThatBreaksOffIsResumedFromTheFirstByteNotDeliveredOnTheSameObject() throws IOException {
    Breaking s3 = new Breaking(300, true);
    try (ObjectStream in = ObjectStream.open(s3, "b", "k", null, 3)) {
      assertThat(readAll(in, new ByteArrayOutputStream())).isEqualTo(OBJECT);
      assertThat(in.resumes()).isEqualTo(3);
    }
    assertThat(s3.gets).containsExactly("null null", "bytes=300- \"e1\"", "bytes=600- \"e1\"", "bytes=900- \"e1\"");
  }

  @Test
  void aBodyThatBreaksOffOnceTooOftenIsGivenUpOnInTheWordsOfAFailedGet() throws IOException {
    Breaking s3 = new Breaking(100, true);
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    try (ObjectStream in = ObjectStream.open(s3, "my-trail", "AWSLogs/x.json.gz", "\"e1\"", 3)) {
      assertThatThrownBy(() -> readAll(in, read)).isExactlyInstanceOf(IOException.class)
          .hasMessage("cannot get s3://my-trail/AWSLogs/x.json.gz: the connection broke off 4 times, the last at "
              + "byte 400 of 1000; giving up: Connection reset")
          .hasCauseInstanceOf(SocketException.class);
    }
    assertThat(read.toByteArray()).isEqualTo(Arrays.copyOf(OBJECT, 400));
    assertThat(s3.gets).hasSize(4);
  }

  @Test
  void aBodyThatEndsBeforeItsLengthWithoutResumesLeftSaysSo() throws IOException {
    Breaking s3 = new Breaking(100, false);
    try (ObjectStream in = ObjectStream.open(s3, "my-trail", "AWSLogs/x.json.gz", null, 0)) {
      assertThatThrownBy(() -> readAll(in, new ByteArrayOutputStream())).isExactlyInstanceOf(IOException.class)
          .hasMessage("cannot get s3://my-trail/AWSLogs/x.json.gz: the connection broke off 1 time, the last at "
              + "byte 100 of 1000; giving up: the body ended before its length");
    }
  }
}
