package org.cloudtrail4j.spark.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.cloudtrail4j.parser.internal.Causes;

/**
 * Lists the log files under the given paths on any Hadoop file system, with CloudTrail-aware pruning: directories
 * whose key (account, region, day) the {@link Pruning} rules out are never listed; digest files and hidden files
 * ({@code _*}, {@code .*}, as Spark's own sources skip them) are never read. Where nothing below a directory can be
 * pruned (no pruning at all; a kept region when no dates are asked for), a flat recursive listing
 * ({@link FileSystem#listFiles(Path, boolean)}, paginated on S3A) is used instead of one LIST per directory.
 */
final class Listing {
  /** One file to read: its path, length and what its key says. */
  record LogFile(String path, long length, KeyLayout.FileKey key) implements Serializable {}

  /** The files kept and how many were looked at. */
  record Result(List<LogFile> files, long considered, long directoriesListed) {}

  private Listing() {}

  static Result list(List<String> roots, Configuration conf, Pruning pruning) {
    List<LogFile> out = new ArrayList<>();
    long[] counts = new long[2];
    try {
      for (String root : roots) {
        Path p = new Path(root);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] starts = isGlob(root) ? fs.globStatus(p) : new FileStatus[] {fs.getFileStatus(p)};
        if (starts == null || starts.length == 0) {
          // as a path that does not exist (and as Spark's own sources): a typo in a pattern is not an empty trail
          throw new FileNotFoundException("no file or folder matches " + root);
        }
        for (FileStatus s : starts) {
          if (s.isFile()) {
            counts[0]++;
            out.add(new LogFile(s.getPath().toString(), s.getLen(), key(s.getPath())));
          } else if (pruning.isNone()) {
            flat(fs, s.getPath(), Pruning.NONE, out, counts);
          } else {
            walk(fs, s.getPath(), pruning, out, counts);
          }
        }
      }
    } catch (IOException e) {
      // in the reader's words: a message-less failure is not "null", a wrapper's not its cause's class name
      throw new UncheckedIOException("cannot list " + roots + ": " + Causes.inWords(e, null), e);
    }
    out.sort(Comparator.comparing(LogFile::path));
    return new Result(List.copyOf(out), counts[0], counts[1]);
  }

  private static void flat(FileSystem fs, Path root, Pruning pruning, List<LogFile> out, long[] counts)
      throws IOException {
    if (isLocal(fs)) {
      // the local file system's listFiles() builds LocatedFileStatus, whose permissions it reads by starting a
      // process per file (Hadoop without native code): seconds for a few hundred files. Spark's own file index
      // avoids it the same way: listStatus(), which reads permissions only when asked
      localTree(fs, root, pruning, out, counts);
      return;
    }
    counts[1]++;
    int rootDepth = root.depth();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      LocatedFileStatus s = it.next();
      if (!s.isFile() || hiddenBelow(s.getPath(), rootDepth)) {
        continue;
      }
      add(s, pruning, out, counts);
    }
  }

  private static void localTree(FileSystem fs, Path dir, Pruning pruning, List<LogFile> out, long[] counts)
      throws IOException {
    counts[1]++;
    for (FileStatus s : fs.listStatus(dir)) {
      if (hidden(s.getPath().getName())) {
        continue;
      }
      if (s.isDirectory()) {
        localTree(fs, s.getPath(), pruning, out, counts);
      } else {
        add(s, pruning, out, counts);
      }
    }
  }

  private static void add(FileStatus s, Pruning pruning, List<LogFile> out, long[] counts) {
    counts[0]++;
    KeyLayout.FileKey key = key(s.getPath());
    if (pruning.keeps(key)) {
      out.add(new LogFile(s.getPath().toString(), s.getLen(), key));
    }
  }

  private static boolean isLocal(FileSystem fs) {
    return fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem;
  }

  private static void walk(FileSystem fs, Path dir, Pruning pruning, List<LogFile> out, long[] counts)
      throws IOException {
    counts[1]++;
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(FileStatus::getPath));
    for (FileStatus s : children) {
      Path p = s.getPath();
      if (hidden(p.getName())) {
        continue;
      }
      if (s.isDirectory()) {
        List<String> segments = segments(p);
        if (!KeyLayout.mayContain(segments, pruning)) {
          continue;
        }
        if (KeyLayout.prunesBelow(segments, pruning)) {
          walk(fs, p, pruning, out, counts);
        } else {
          flat(fs, p, pruning, out, counts);
        }
      } else {
        add(s, pruning, out, counts);
      }
    }
  }

  static KeyLayout.FileKey key(Path p) {
    return KeyLayout.fileKey(p.toUri().getPath());
  }

  private static List<String> segments(Path p) {
    String path = p.toUri().getPath();
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean hiddenBelow(Path p, int rootDepth) {
    for (Path q = p; q != null && q.depth() > rootDepth; q = q.getParent()) {
      if (hidden(q.getName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  private static boolean isGlob(String path) {
    return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0 || path.indexOf('{') >= 0;
  }
}
