package org.cloudtrail4j.parser.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files under a path in path order, the way CloudTrail lays out a trail in S3
 * ({@code AWSLogs/[o-xxx/]<account>/CloudTrail/<region>/YYYY/MM/DD/}). Digest files ({@code CloudTrail-Digest}
 * directories and {@code _CloudTrail-Digest_} names) and hidden files are skipped; unreadable directories and
 * symbolic link loops become entries that the reader reports, so the walk never stops half-way.
 */
final class SourceWalker {
  private SourceWalker() {}

  /**
   * The entries under {@code root}: the file itself when it is a file.
   *
   * @throws UncheckedIOException with {@link NoSuchFileException} when {@code root} does not exist
   */
  static List<SourceEntry> walk(Path root) {
    if (!Files.exists(root)) {
      throw new UncheckedIOException(new NoSuchFileException(root.toString()));
    }
    if (!Files.isDirectory(root)) {
      return List.of(SourceEntry.read(root));
    }
    List<SourceEntry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              if (!dir.equals(root) && (name.equals("CloudTrail-Digest") || name.startsWith("."))) {
                entries.add(SourceEntry.skip(dir, name.startsWith(".") ? "hidden directory"
                    : "CloudTrail digest files (log file integrity), not log files"));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (attrs.isSymbolicLink() && SourceEntry.read(file).claimsToBeLog()) {
                // the walk follows links, so a link it hands over unresolved leads nowhere: dangling or a loop
                entries.add(SourceEntry.failed(file, "broken symbolic link (its target is missing or a loop)"));
              } else if (!attrs.isRegularFile()) {
                entries.add(SourceEntry.skip(file, "not a regular file"));
              } else if (name.contains("_CloudTrail-Digest_")) {
                entries.add(SourceEntry.skip(file, "CloudTrail digest file (log file integrity), not a log file"));
              } else if (name.startsWith(".")) {
                entries.add(SourceEntry.skip(file, "hidden file"));
              } else {
                entries.add(SourceEntry.read(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                entries.add(SourceEntry.failed(file, "symbolic link loop: " + file + " leads back to an ancestor"));
              } else if (e instanceof NoSuchFileException) {
                entries.add(SourceEntry.failed(file, "disappeared during the directory walk"));
              } else {
                entries.add(SourceEntry.failed(file, "cannot visit: " + e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    entries.sort(Comparator.comparing(e -> e.path.toString()));
    return entries;
  }
}
