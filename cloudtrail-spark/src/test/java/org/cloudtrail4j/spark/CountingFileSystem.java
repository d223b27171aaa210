package org.cloudtrail4j.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The local file system under the scheme {@code ctcount://}, counting listings and opens: a real Hadoop
 * {@code FileSystem} other than {@code file://}, through which tests see what the data source lists and reads.
 */
public final class CountingFileSystem extends RawLocalFileSystem {
  static final AtomicLong LIST_STATUS = new AtomicLong();
  static final AtomicLong LIST_FILES = new AtomicLong();
  static final AtomicLong OPENS = new AtomicLong();

  /** For Hadoop's reflection. */
  public CountingFileSystem() {}

  @Override
  public URI getUri() {
    return URI.create("ctcount:///");
  }

  @Override
  public String getScheme() {
    return "ctcount";
  }

  @Override
  public FileStatus[] listStatus(Path f) throws FileNotFoundException, IOException {
    LIST_STATUS.incrementAndGet();
    return super.listStatus(f);
  }

  @Override
  public RemoteIterator<LocatedFileStatus> listFiles(Path f, boolean recursive) throws IOException {
    LIST_FILES.incrementAndGet();
    return super.listFiles(f, recursive);
  }

  @Override
  public FSDataInputStream open(Path f, int bufferSize) throws IOException {
    OPENS.incrementAndGet();
    return super.open(f, bufferSize);
  }
}
