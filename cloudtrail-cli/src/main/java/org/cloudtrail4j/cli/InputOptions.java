package org.cloudtrail4j.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What to read and how: the paths, the error policy, threads and progress. Shared by every command. */
final class InputOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "A log file (.json.gz or .json), a directory read recursively in path order "
          + "(CloudTrail-Digest files are skipped), - for standard input, or s3://bucket/prefix: the trail's "
          + "objects in S3, listed by account, region and day as the filters allow.")
  List<Path> paths;

  @Option(names = "--endpoint-url", paramLabel = "URL",
      description = "For s3:// paths: an S3-compatible endpoint instead of AWS's (path-style requests).")
  java.net.URI endpointUrl;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "For s3:// paths: the credentials and region of this profile of the AWS configuration files. "
          + "By default the SDK's chains: environment, system properties, profile, container and instance roles.")
  String profile;

  @Option(names = "--fail-fast",
      description = "Stop at the first bad record (exit code 1). By default bad records are skipped and counted, "
          + "and a summary line goes to stderr.")
  boolean failFast;

  int threads = 1;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr. Default: only when stderr is a terminal.")
  Boolean progress;

  @Option(names = {"-v", "--verbose"}, description = "Report every problem on stderr, not only the first.")
  boolean verbose;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Read up to N files at once (default: ${DEFAULT-VALUE}). The output order does not change.")
  void threads(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + n);
    }
    threads = n;
  }
}
