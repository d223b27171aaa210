package org.cloudtrail4j.spark.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;

/** A listing that fails says why in words, as the reader's problems do: never {@code null} nor a class name. */
class ListingTest {
  @Test
  void aFailureWithoutAMessageSaysNoReasonGiven() {
    assertThatThrownBy(() -> Listing.list(List.of("ctfail:///trail"), failing("none"), Pruning.NONE))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot list [ctfail:///trail]: no reason given");
  }

  @Test
  void aFailureThatOnlyWrapsItsCauseSaysTheCausesWords() {
    assertThatThrownBy(() -> Listing.list(List.of("ctfail:///trail"), failing("wrapped"), Pruning.NONE))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot list [ctfail:///trail]: Connection refused");
  }

  private static Configuration failing(String how) {
    Configuration conf = new Configuration(false);
    conf.set("fs.ctfail.impl", Failing.class.getName());
    conf.setBoolean("fs.ctfail.impl.disable.cache", true);
    conf.set("ctfail.how", how);
    return conf;
  }

  /**
   * A file system whose look-ups fail as some do: an {@code IOException} without a message, or one that only wraps
   * its cause ({@code new IOException(e)}: its message is the cause's {@code toString()}, class name first).
   */
  public static final class Failing extends RawLocalFileSystem {
    /** For Hadoop's reflection. */
    public Failing() {}

    @Override
    public FileStatus getFileStatus(Path p) throws IOException {
      throw "wrapped".equals(getConf().get("ctfail.how")) ? new IOException(new ConnectException("Connection refused"))
          : new IOException();
    }
  }
}
