package org.cloudtrail4j.parser.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.cloudtrail4j.parser.LogFileKey;
import org.cloudtrail4j.parser.LogFileSelector;

/**
 * Lists the files under a directory lazily, depth first, each directory sorted, so that the files come in path order
 * (the order of the whole paths as strings), the first one at once, with memory for one listing per level rather than
 * for the whole tree.
 *
 * <p>It knows CloudTrail's layout ({@code AWSLogs/[o-xxx/]<account>/CloudTrail/<region>/YYYY/MM/DD/}): it does not
 * enter account, region and date folders, nor open files, that the {@link LogFileSelector} rules out (each becomes a
 * pruned entry), and skips digest folders and files, the Insights folder and the folders of other services sharing the
 * bucket (AWS Config, load balancer and flow logs). A folder the user names is never skipped by its name: reading a
 * {@code CloudTrail-Insight} folder reads its files. Hidden files and directories are skipped. Unreadable directories,
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
    Layout layout = Layout.UNKNOWN.under(root.toAbsolutePath().normalize());
    enter(root, attrs.fileKey(), layout);
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
      Layout layout = parent.layout.child(name);
      String pruned = pruneReason(layout, name);
      if (pruned != null) {
        return pruned.startsWith("!") ? SourceEntry.skip(c.path, pruned.substring(1))
            : SourceEntry.pruned(c.path, pruned);
      }
      enter(c.path, c.attrs.fileKey(), layout);
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
    if (parent.layout.level == Layout.DAY && !selector.selectsAll()) {
      LogFileKey key = LogFileKey.parse(parent.layout.keyOf(name)).orElse(null);
      if (key != null && !selector.selects(key)) {
        return SourceEntry.pruned(c.path, "delivered outside the filter's time range");
      }
    }
    return SourceEntry.read(c.path);
  }

  /** Why the folder at {@code layout} is not entered: null to enter, "!reason" to skip, "reason" when pruned. */
  private String pruneReason(Layout layout, String name) {
    switch (layout.level) {
      case Layout.ACCOUNT:
        return selector.selectsAccount(layout.account) ? null : "account not in the filter";
      case Layout.OTHER_SERVICE:
        return name.equals(LogFileKey.CLOUDTRAIL_INSIGHT)
            ? "!CloudTrail Insights files, not read in a tree (name their folder to read them)"
            : "!files of another service (" + name + "), not CloudTrail logs";
      case Layout.REGION:
        return selector.selectsRegion(layout.region) ? null : "region not in the filter";
      case Layout.YEAR:
        return selector.selectsYear(layout.year) ? null : "delivered outside the filter's time range";
      case Layout.MONTH:
        return selector.selectsMonth(YearMonth.of(layout.year, layout.month)) ? null
            : "delivered outside the filter's time range";
      case Layout.DAY:
        return selector.selectsDay(LocalDate.of(layout.year, layout.month, layout.day)) ? null
            : "delivered outside the filter's time range";
      default:
        return null;
    }
  }

  private void enter(Path dir, Object fileKey, Layout layout) {
    List<Child> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        children.add(Child.of(p));
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      Object cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : e;
      frames.push(new Frame(fileKey, layout, List.<Child>of().iterator(), SourceEntry.failed(dir,
          cause instanceof NoSuchFileException ? "disappeared during the directory walk" : "cannot visit: " + cause)));
      return;
    }
    children.sort(ORDER);
    frames.push(new Frame(fileKey, layout, children.iterator(), null));
  }

  private static final class Frame {
    final Object fileKey;
    final Layout layout;
    final Iterator<Child> children;
    final SourceEntry failure;

    Frame(Object fileKey, Layout layout, Iterator<Child> children, SourceEntry failure) {
      this.fileKey = fileKey;
      this.layout = layout;
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
          return new Child(p, null, false, SourceEntry.failed(p, "cannot visit: " + followFailed));
        } catch (NoSuchFileException gone) {
          return new Child(p, null, false, SourceEntry.failed(p, "disappeared during the directory walk"));
        } catch (IOException e) {
          return new Child(p, null, false, SourceEntry.failed(p, "cannot visit: " + e));
        }
      }
    }
  }

  /** Where a directory sits in CloudTrail's layout, with the account, region and date it implies. */
  static final class Layout {
    static final int UNKNOWN_LEVEL = 0;
    static final int AWSLOGS = 1;
    static final int ORGANIZATION = 2;
    static final int ACCOUNT = 3;
    static final int SERVICE = 4;
    static final int OTHER_SERVICE = 5;
    static final int REGION = 6;
    static final int YEAR = 7;
    static final int MONTH = 8;
    static final int DAY = 9;

    static final Layout UNKNOWN = new Layout(UNKNOWN_LEVEL, null, null, null, 0, 0, 0, null);

    final int level;
    final String org;
    final String account;
    final String region;
    final int year;
    final int month;
    final int day;
    /** The key from {@code AWSLogs/} down to this folder, with a trailing slash. */
    final String key;

    private Layout(int level, String org, String account, String region, int year, int month, int day, String key) {
      this.level = level;
      this.org = org;
      this.account = account;
      this.region = region;
      this.year = year;
      this.month = month;
      this.day = day;
      this.key = key;
    }

    /** The layout of {@code absolute}, a directory, walking its names from the top. */
    Layout under(Path absolute) {
      Layout l = this;
      for (Path name : absolute) {
        l = l.child(name.toString());
      }
      return l;
    }

    String keyOf(String fileName) {
      return key + fileName;
    }

    Layout child(String name) {
      switch (level) {
        case AWSLOGS:
          if (isOrganization(name)) {
            return new Layout(ORGANIZATION, name, null, null, 0, 0, 0, key + name + "/");
          }
          return isAccount(name) ? new Layout(ACCOUNT, org, name, null, 0, 0, 0, key + name + "/") : restart(name);
        case ORGANIZATION:
          return isAccount(name) ? new Layout(ACCOUNT, org, name, null, 0, 0, 0, key + name + "/") : restart(name);
        case ACCOUNT:
          if (name.equals(LogFileKey.CLOUDTRAIL)) {
            return new Layout(SERVICE, org, account, null, 0, 0, 0, key + name + "/");
          }
          return new Layout(OTHER_SERVICE, org, account, null, 0, 0, 0, key + name + "/");
        case SERVICE:
          return isRegion(name) ? new Layout(REGION, org, account, name, 0, 0, 0, key + name + "/") : restart(name);
        case REGION: {
          int y = digits(name, 4);
          return y >= 0 ? new Layout(YEAR, org, account, region, y, 0, 0, key + name + "/") : restart(name);
        }
        case YEAR: {
          int m = digits(name, 2);
          return m >= 1 && m <= 12 ? new Layout(MONTH, org, account, region, year, m, 0, key + name + "/")
              : restart(name);
        }
        case MONTH: {
          int d = digits(name, 2);
          return d >= 1 && d <= YearMonth.of(year, month).lengthOfMonth()
              ? new Layout(DAY, org, account, region, year, month, d, key + name + "/") : restart(name);
        }
        default:
          return restart(name);
      }
    }

    private static Layout restart(String name) {
      return name.equals("AWSLogs") ? new Layout(AWSLOGS, null, null, null, 0, 0, 0, "AWSLogs/") : UNKNOWN;
    }

    private static boolean isAccount(String s) {
      return s.length() == 12 && digits(s, 12) >= 0;
    }

    private static boolean isOrganization(String s) {
      if (s.length() < 3 || !s.startsWith("o-")) {
        return false;
      }
      for (int i = 2; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
          return false;
        }
      }
      return true;
    }

    private static boolean isRegion(String s) {
      if (s.isEmpty()) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
          return false;
        }
      }
      return true;
    }

    /** A non-negative value when {@code s} is exactly {@code n} decimal digits (an account id fits in a long). */
    private static int digits(String s, int n) {
      if (s.length() != n) {
        return -1;
      }
      int v = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = n > 9 ? 0 : v * 10 + (c - '0');
      }
      return v;
    }

    @Override
    public String toString() {
      return "Layout{" + level + " " + Objects.toString(key) + "}";
    }
  }
}
