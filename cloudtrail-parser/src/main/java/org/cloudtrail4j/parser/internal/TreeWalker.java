package org.cloudtrail4j.parser.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.cloudtrail4j.parser.LogFileKey;
import org.cloudtrail4j.parser.LogFileSelector;

/**
 * Lists the files under a directory lazily, depth first, each directory sorted, so that the files come in path order
 * (the order of the whole paths as strings), the first one at once, with memory for one listing per level rather than
 * for the whole tree.
 *
 * <p>It knows CloudTrail's layout ({@code AWSLogs/[o-xxx/]<account>/CloudTrail/<region>/YYYY/MM/DD/}, read by
 * {@link LogFolder}): it does not enter account, region and date folders, nor open files, that the
 * {@link LogFileSelector} rules out (each becomes a pruned entry), and skips digest folders and files, the Insights
 * folder and the folders of other services sharing the bucket (AWS Config, load balancer and flow logs). A folder the
 * user names is never skipped by its name: reading a {@code CloudTrail-Insight} folder reads its files (pruned by
 * region and date as log folders are). Hidden files and directories are skipped. Unreadable directories,
 * symbolic link loops and broken links become entries that the reader reports, so the walk never stops half-way.
 * Symbolic links are followed. Not thread-safe.
 */
final class TreeWalker implements Iterator<SourceEntry> {
  private static final Comparator<Child> ORDER = Comparator.comparing(c -> c.sortKey);

  private final LogFileSelector selector;
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();
  private SourceEntry next;

  /**
   * A walker over the directory {@code root}.
   *
   * @throws UncheckedIOException with {@link NoSuchFileException} when {@code root} does not exist
   */
  TreeWalker(Path root, LogFileSelector selector) {
    this.selector = selector;
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(root, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e instanceof NoSuchFileException ? e : new NoSuchFileException(root.toString()));
    }
    LogFolder folder = LogFolder.OUTSIDE;
    for (Path name : root.toAbsolutePath().normalize()) {
      folder = folder.child(name.toString());
    }
    enter(root, attrs.fileKey(), folder);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public SourceEntry next() {
    if (!hasNext()) {
      throw new java.util.NoSuchElementException();
    }
    SourceEntry e = next;
    next = null;
    return e;
  }

  private SourceEntry advance() {
    while (!frames.isEmpty()) {
      Frame frame = frames.peek();
      if (frame.failure != null) {
        frames.pop();
        return frame.failure;
      }
      if (!frame.children.hasNext()) {
        frames.pop();
        continue;
      }
      Child c = frame.children.next();
      SourceEntry entry = visit(frame, c);
      if (entry != null) {
        return entry;
      }
    }
    return null;
  }

  /** The entry for {@code c}, or null after entering it as a directory. */
  private SourceEntry visit(Frame parent, Child c) {
    String name = c.path.getFileName().toString();
    if (c.error != null) {
      return c.error;
    }
    if (c.attrs.isDirectory()) {
      if (name.startsWith(".")) {
        return SourceEntry.skip(c.path, "hidden directory");
      }
      if (name.equals(LogFileKey.CLOUDTRAIL_DIGEST)) {
        return SourceEntry.skip(c.path, "CloudTrail digest files (log file integrity), not log files");
      }
      for (Frame f : frames) {
        if (c.attrs.fileKey() != null && c.attrs.fileKey().equals(f.fileKey)) {
          return SourceEntry.failed(c.path, "symbolic link loop: " + c.path + " leads back to an ancestor");
        }
      }
      LogFolder folder = parent.folder.child(name);
      if (folder.level() == LogFolder.Level.SERVICE && !folder.inCloudTrailLogs()) {
        return SourceEntry.skip(c.path, name.equals(LogFileKey.CLOUDTRAIL_INSIGHT)
            ? "CloudTrail Insights files, not read in a tree (name their folder to read them)"
            : "files of another service (" + name + "), not CloudTrail logs");
      }
      String pruned = folder.prunedBy(selector);
      if (pruned != null) {
        return SourceEntry.pruned(c.path, pruned);
      }
      enter(c.path, c.attrs.fileKey(), folder);
      return null;
    }
    if (c.brokenLink) {
      return SourceEntry.read(c.path).claimsToBeLog()
          ? SourceEntry.failed(c.path, "broken symbolic link (its target is missing or a loop)")
          : SourceEntry.skip(c.path, "not a regular file");
    }
    if (!c.attrs.isRegularFile()) {
      return SourceEntry.skip(c.path, "not a regular file");
    }
    if (name.contains("_CloudTrail-Digest_")) {
      return SourceEntry.skip(c.path, "CloudTrail digest file (log file integrity), not a log file");
    }
    if (name.startsWith(".")) {
      return SourceEntry.skip(c.path, "hidden file");
    }
    if (parent.folder.level() == LogFolder.Level.DAY && !selector.selectsAll()) {
      LogFileKey key = LogFileKey.parse(parent.folder.keyOf(name)).orElse(null);
      if (key != null && !selector.selects(key)) {
        return SourceEntry.pruned(c.path, "delivered outside the filter's time range");
      }
    }
    return SourceEntry.read(c.path);
  }

  private void enter(Path dir, Object fileKey, LogFolder folder) {
    List<Child> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        children.add(Child.of(p));
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      Object cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : e;
      frames.push(new Frame(fileKey, folder, List.<Child>of().iterator(), SourceEntry.failed(dir,
          cause instanceof NoSuchFileException ? "disappeared during the directory walk"
              : "cannot visit: " + Causes.inWords(e, dir.toString()))));
      return;
    }
    children.sort(ORDER);
    frames.push(new Frame(fileKey, folder, children.iterator(), null));
  }

  private static final class Frame {
    final Object fileKey;
    final LogFolder folder;
    final Iterator<Child> children;
    final SourceEntry failure;

    Frame(Object fileKey, LogFolder folder, Iterator<Child> children, SourceEntry failure) {
      this.fileKey = fileKey;
      this.folder = folder;
      this.children = children;
      this.failure = failure;
    }
  }

  /** A directory entry with its attributes, read when its directory is listed. */
  private static final class Child {
    final Path path;
    final BasicFileAttributes attrs;
    final boolean brokenLink;
    final SourceEntry error;
    final String sortKey;

    private Child(Path path, BasicFileAttributes attrs, boolean brokenLink, SourceEntry error) {
      this.path = path;
      this.attrs = attrs;
      this.brokenLink = brokenLink;
      this.error = error;
      String name = path.getFileName().toString();
      // a directory sorts as "name/", so that depth-first order is the order of whole paths as strings
      this.sortKey = attrs != null && attrs.isDirectory() ? name + "/" : name;
    }

    static Child of(Path p) {
      try {
        return new Child(p, Files.readAttributes(p, BasicFileAttributes.class), false, null);
      } catch (IOException followFailed) {
        try {
          BasicFileAttributes link = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (link.isSymbolicLink()) {
            return new Child(p, link, true, null);
          }
          return new Child(p, null, false,
              SourceEntry.failed(p, "cannot visit: " + Causes.inWords(followFailed, p.toString())));
        } catch (NoSuchFileException gone) {
          return new Child(p, null, false, SourceEntry.failed(p, "disappeared during the directory walk"));
        } catch (IOException e) {
          return new Child(p, null, false,
              SourceEntry.failed(p, "cannot visit: " + Causes.inWords(e, p.toString())));
        }
      }
    }
  }
}
