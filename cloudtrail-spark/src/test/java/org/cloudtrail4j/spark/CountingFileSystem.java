package org.cloudtrail4j.spark;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system under another scheme ({@code ctcount://} or whatever the configuration maps to it), read-only,
 * counting directory listings and opens: a real Hadoop {@code FileSystem} other than {@code file://}, through which
 * tests see what the data source lists and reads.
 */
public final class CountingFileSystem extends FileSystem {
  static final AtomicLong LIST_STATUS = new AtomicLong();
  static final AtomicLong OPENS = new AtomicLong();

  private final RawLocalFileSystem local = new RawLocalFileSystem();
  private URI uri;

  /** For Hadoop's reflection. */
  public CountingFileSystem() {}

  @Override
  public void initialize(URI name, Configuration conf) throws IOException {
    super.initialize(name, conf);
    local.initialize(URI.create("file:///"), conf);
    uri = URI.create(name.getScheme() + ":///");
  }

  @Override
  public URI getUri() {
    return uri;
  }

  @Override
  public String getScheme() {
    return uri.getScheme();
  }

  private static Path toLocal(Path p) {
    return new Path("file", null, p.toUri().getPath());
  }

  /** A plain status under this scheme (the local one loads its permissions lazily, from a file: path). */
  private FileStatus back(FileStatus s) {
    return new FileStatus(s.getLen(), s.isDirectory(), 1, s.getBlockSize(), s.getModificationTime(),
        new Path(uri.getScheme(), null, s.getPath().toUri().getPath()));
  }

  @Override
  public FSDataInputStream open(Path f, int bufferSize) throws IOException {
    OPENS.incrementAndGet();
    return local.open(toLocal(f), bufferSize);
  }

  @Override
  public FileStatus[] listStatus(Path f) throws IOException {
    LIST_STATUS.incrementAndGet();
    FileStatus[] out = local.listStatus(toLocal(f));
    for (int i = 0; i < out.length; i++) {
      out[i] = back(out[i]);
    }
    return out;
  }

  @Override
  public FileStatus getFileStatus(Path f) throws IOException {
    return back(local.getFileStatus(toLocal(f)));
  }

  @Override
  public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
      short replication, long blockSize, Progressable progress) throws IOException {
    throw new IOException("read-only");
  }

  @Override
  public FSDataOutputStream append(Path f, int bufferSize, Progressable progress) throws IOException {
    throw new IOException("read-only");
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    throw new IOException("read-only");
  }

  @Override
  public boolean delete(Path f, boolean recursive) throws IOException {
    throw new IOException("read-only");
  }

  @Override
  public void setWorkingDirectory(Path dir) {}

  @Override
  public Path getWorkingDirectory() {
    return new Path(uri.getScheme(), null, "/");
  }

  @Override
  public boolean mkdirs(Path f, FsPermission permission) throws IOException {
    throw new IOException("read-only");
  }
}
