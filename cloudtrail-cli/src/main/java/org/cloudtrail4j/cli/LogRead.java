package org.cloudtrail4j.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailParseException;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.internal.MemberProjection;
import org.cloudtrail4j.parser.internal.ReaderAccess;
import org.cloudtrail4j.s3.S3Location;
import org.cloudtrail4j.s3.S3LogSource;

/**
 * One read of the command's paths with its options: builds the {@link CloudTrailReader}, streams every accepted event
 * to a sink, keeps the {@link ReadTotals}, shows progress and reports problems on stderr. Nothing is held per record,
 * so memory does not grow with the input.
 */
final class LogRead {
  private static final int PROGRESS_EVERY = 1024;

  private final InputOptions input;
  private final FilterOptions filters;
  private final PrintWriter err;
  private final Progress progress;
  private final ReadTotals totals;
  /** The reader, with the projection of a read that decodes only some members. */
  private final CloudTrailReader reader;
  private S3LogSource s3Source;
  private final InputStream stdin;
  /** The paths that held no log: nothing was read from them and nothing was wrong with them. */
  private final List<String> empty = new ArrayList<>();

  /**
   * A read of {@code input}'s paths.
   *
   * @throws picocli.CommandLine.ParameterException when the filter options contradict each other
   */
  LogRead(InputOptions input, FilterOptions filters, PrintWriter err) {
    this(input, filters, System.in, err, null);
  }

  /**
   * A read of {@code input}'s paths that decodes only the top-level {@code members} its sink reads (and those the
   * filter options test after decoding): the events have no other member, and a problem in another member's value is
   * not reported (see {@link MemberProjection}). For {@code stats}, which counts a few members of every record.
   *
   * @throws picocli.CommandLine.ParameterException when the filter options contradict each other
   */
  LogRead(InputOptions input, FilterOptions filters, PrintWriter err, List<String> members) {
    this(input, filters, System.in, err, members);
  }

  /** A read of {@code input}'s paths, {@code -} being {@code stdin}. */
  LogRead(InputOptions input, FilterOptions filters, InputStream stdin, PrintWriter err) {
    this(input, filters, stdin, err, null);
  }

  /** A read of {@code input}'s paths, {@code -} being {@code stdin}, decoding {@code members} (null: every one). */
  private LogRead(InputOptions input, FilterOptions filters, InputStream stdin, PrintWriter err,
      List<String> members) {
    this.input = input;
    this.stdin = stdin;
    this.filters = filters;
    Optional<EventFilter> pushDown = filters.pushDown();
    this.err = err;
    boolean show = input.progress != null ? input.progress : stderrIsTerminal();
    this.progress = show ? Progress.to(err, true) : Progress.none();
    this.totals = new ReadTotals(progress);
    CloudTrailReader.Builder builder = CloudTrailReader.builder()
        .listener(totals)
        .parallelism(input.threads);
    pushDown.ifPresent(builder::filter);
    if (!input.failFast) {
      builder.onProblem(this::problem);
    }
    CloudTrailReader all = builder.build();
    if (members == null) {
      this.reader = all;
    } else {
      List<String> decoded = new ArrayList<>(members);
      decoded.addAll(FilterOptions.DECODED_MEMBERS);
      this.reader = ReaderAccess.withConfig(all,
          ReaderAccess.configOf(all).withProjection(MemberProjection.of(decoded)));
    }
  }

  /**
   * Reads every path in order and gives each accepted event to {@code sink}; stops early only with
   * {@code --fail-fast}.
   *
   * @throws UncheckedIOException with {@link NoSuchFileException} when a path does not exist, before anything is read
   */
  ReadTotals run(Consumer<CloudTrailEvent> sink) {
    checkPaths();
    totals.inputSize = knownSize();
    try {
      for (Path path : input.paths) {
        long filesBefore = totals.filesRead;
        long problemsBefore = totals.problems;
        try (Stream<CloudTrailEvent> events = open(path)) {
          events.forEach(event -> {
            if (filters.accepts(event)) {
              totals.records++;
              sink.accept(event);
            } else {
              totals.filteredOut++;
            }
            if ((totals.records + totals.filteredOut) % PROGRESS_EVERY == 0) {
              progress.update(totals);
            }
          });
        } finally {
          if (totals.counted != null) {
            totals.inputBytesDone += totals.counted.count();
            totals.counted = null;
          }
        }
        if (totals.filesRead == filesBefore && totals.problems == problemsBefore) {
          empty.add(isStdin(path) ? "standard input" : path.toString());
        }
      }
    } catch (CloudTrailParseException e) {
      totals.problem(e.problem());
      totals.stopped = true;
    } finally {
      progress.clear();
      if (s3Source != null) {
        s3Source.close();
      }
    }
    return totals;
  }

  private static boolean isStdin(Path path) {
    return path.toString().equals("-");
  }

  /**
   * The events of one path. A file named on the command line is opened here, through a counter, so that progress can
   * tell how much of it was read (the reader counts decompressed bytes); it is read exactly as the reader reads a
   * file it is given.
   */
  private Stream<CloudTrailEvent> open(Path path) {
    Optional<S3Location> s3 = s3Location(path);
    if (s3.isPresent()) {
      return s3().read(reader, s3.get());
    }
    if (isStdin(path)) {
      return reader.read(stdin, "-");
    }
    if (Files.isRegularFile(path)) {
      try {
        CountingInputStream in = new CountingInputStream(Files.newInputStream(path));
        totals.counted = in;
        return reader.read(in, path.toString());
      } catch (IOException e) {
        // let the reader meet the error and report it as it does for any file
      }
    }
    return reader.read(path);
  }

  /** The input's total size as stored when every path is a file; 0 when not known. */
  private long knownSize() {
    long size = 0;
    for (Path path : input.paths) {
      if (isStdin(path) || s3Location(path).isPresent() || !Files.isRegularFile(path)) {
        return 0;
      }
      try {
        size += Files.size(path);
      } catch (IOException e) {
        return 0;
      }
    }
    return size;
  }

  /**
   * The S3 location a path argument names: {@code s3://bucket/prefix} arrives as the path {@code s3:/bucket/prefix}
   * (a path collapses the double slash).
   */
  static Optional<S3Location> s3Location(Path path) {
    String s = path.toString().replace('\\', '/');
    if (!s.startsWith("s3:/")) {
      return Optional.empty();
    }
    return Optional.of(S3Location.parse("s3://" + s.substring("s3:/".length()).replaceFirst("^/", "")));
  }

  private S3LogSource s3() {
    if (s3Source == null) {
      S3LogSource.Builder b = S3LogSource.builder().listener(totals);
      if (input.endpointUrl != null) {
        b.endpointOverride(input.endpointUrl).forcePathStyle(true);
      }
      if (input.profile != null) {
        b.profile(input.profile);
      }
      s3Source = b.build();
    }
    return s3Source;
  }

  /**
   * The typed view of an event being read, through the reader's mappers: a mapper failure is reported as a problem,
   * or, with {@code --fail-fast}, stops the read.
   */
  <T> Optional<T> as(CloudTrailEvent event, Class<T> type) {
    return reader.typed(type).apply(event).findFirst();
  }

  /**
   * Fails when a path does not exist, so that a command can check before it prints anything.
   *
   * @throws UncheckedIOException with {@link NoSuchFileException} naming the first missing path
   */
  void checkPaths() {
    for (Path path : input.paths) {
      if (!isStdin(path) && s3Location(path).isEmpty() && !Files.exists(path)) {
        throw new UncheckedIOException(new NoSuchFileException(path.toString()));
      }
    }
  }

  /**
   * Tells the problems on stderr, after the command has flushed its output: one summary line, or the problem that
   * stopped a {@code --fail-fast} read. Returns the exit code the input deserves.
   */
  int finish() {
    for (String path : empty) {
      err.println("cloudtrail: no CloudTrail log in " + path + (totals.filesSkipped > 0
          ? " (" + totals.filesSkipped + (totals.filesSkipped == 1 ? " file" : " files")
              + " skipped: digests, empty files, or not JSON or gzip)" : ""));
    }
    CloudTrailProblem first = totals.firstProblem;
    if (first == null) {
      err.flush();
      return empty.isEmpty() ? ExitCodes.OK : ExitCodes.NO_LOG;
    }
    if (totals.stopped) {
      err.println("cloudtrail: stopped at the first problem (--fail-fast): " + first);
    } else {
      err.println("cloudtrail: " + totals.problems + (totals.problems == 1 ? " problem" : " problems")
          + "; first: " + first);
    }
    err.flush();
    return ExitCodes.PROBLEMS;
  }

  private void problem(CloudTrailProblem problem) {
    totals.problem(problem);
    if (input.verbose) {
      progress.clear();
      err.println("cloudtrail: problem: " + problem);
      err.flush();
    }
  }

  /**
   * Whether stderr is a terminal: progress is for people watching, never for a pipe, a file or a test. Linux tells
   * through {@code /proc/self/fd/2}; elsewhere {@link System#console()} stands in (it is null unless stdin and stdout
   * are terminals on Java 17-21; from Java 22 it may exist for a pipe, and its {@code isTerminal()} tells).
   */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // not Linux: ask the console
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
