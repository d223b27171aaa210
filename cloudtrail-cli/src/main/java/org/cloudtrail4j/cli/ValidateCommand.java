package org.cloudtrail4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cloudtrail4j.integrity.DigestResult;
import org.cloudtrail4j.integrity.LogFileResult;
import org.cloudtrail4j.integrity.ObjectStore;
import org.cloudtrail4j.integrity.PublicKeySource;
import org.cloudtrail4j.integrity.PublicKeys;
import org.cloudtrail4j.integrity.TrailValidator;
import org.cloudtrail4j.integrity.UncoveredWindow;
import org.cloudtrail4j.integrity.ValidationReport;
import org.cloudtrail4j.integrity.ValidationStatus;
import org.cloudtrail4j.parser.internal.Causes;
import org.cloudtrail4j.s3.CloudTrailPublicKeys;
import org.cloudtrail4j.s3.S3LogSource;
import org.cloudtrail4j.s3.S3Location;
import org.cloudtrail4j.s3.S3ObjectStore;
import picocli.CommandLine.Command;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cloudtrail validate}: log-file integrity of a trail in S3 or copied to disk, as {@code aws cloudtrail
 * validate-logs} checks it online, with its lines and exit status, plus the checks it lacks.
 */
@Command(name = "validate",
    header = "Validates CloudTrail log-file integrity, in S3 or offline: digest signatures, digest chains, log hashes.",
    description = "Reads a trail's bucket in S3 (s3://bucket/prefix, or --s3-bucket and --s3-prefix as the AWS CLI "
        + "takes them) or a local copy of it (the directory that holds [prefix/]AWSLogs/), walks every digest chain "
        + "newest first, verifies each digest's signature, and checks each listed log file's SHA-256. In S3, "
        + "signatures come from the digests' object metadata and public keys from CloudTrail's ListPublicKeys in "
        + "each digest's region, unless --public-keys is given; offline, keys come from files saved from 'aws "
        + "cloudtrail list-public-keys'. Lines follow 'aws cloudtrail validate-logs': failures on stderr ('Digest "
        + "file<TAB>s3://...<TAB>INVALID: ...'), the summary on stdout, exit status 1 when anything is invalid. Also "
        + "reported: log files no digest lists, and the windows no digest covers. Offline, the newest digest of a "
        + "chain is verified only if its signature (S3 metadata x-amz-meta-signature) was saved beside it as "
        + "<digest>.sig or <digest>.metadata.json (head-object output); otherwise it is reported unverified, which "
        + "is not a failure.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        " 0:every digest and log file checked is valid (unverified newest digests and restarts of a chain do "
            + "not count)",
        " 1:a digest or log file is invalid, missing or not covered by any digest",
        " 2:usage error",
        " 3:the directory, the bucket or a key file cannot be read"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private CloudTrailCli cli;

  @Parameters(paramLabel = "DIR|s3://BUCKET/PREFIX", arity = "0..1",
      description = "The bucket's root directory (it holds [prefix/]AWSLogs/), or the bucket in S3. Without it, "
          + "--s3-bucket names the bucket in S3.")
  String where;

  @Option(names = "--public-keys", paramLabel = "FILE",
      description = "The output of 'aws cloudtrail list-public-keys' (repeat for several regions or ranges). "
          + "Required for a directory; in S3 the keys are listed from CloudTrail when it is not given.")
  List<Path> keyFiles = new ArrayList<>();

  @Option(names = "--endpoint-url", paramLabel = "URL",
      description = "In S3: an S3-compatible endpoint instead of AWS's (path-style requests).")
  java.net.URI endpointUrl;

  @Option(names = "--cloudtrail-endpoint-url", paramLabel = "URL",
      description = "In S3: the endpoint for CloudTrail's ListPublicKeys instead of each region's.")
  java.net.URI cloudTrailEndpointUrl;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "In S3: the credentials and region of this profile of the AWS configuration files. By default "
          + "the SDK's chains: environment, system properties, profile, container and instance roles.")
  String profile;

  @Option(names = "--start-time", paramLabel = "TIME", converter = TimeArgument.class,
      description = "Validate digests and log files delivered from this time (ISO-8601; UTC when no offset).")
  Instant start;

  @Option(names = "--end-time", paramLabel = "TIME", converter = TimeArgument.class,
      description = "... up to this time (default: now, when --start-time is given).")
  Instant end;

  @Option(names = "--s3-bucket", paramLabel = "NAME",
      description = "The trail's bucket: read from S3 when no DIR is given; for a directory, the bucket it was "
          + "copied from. Every digest must name it.")
  String bucket;

  @Option(names = "--s3-prefix", paramLabel = "PREFIX", description = "Only keys under this prefix.")
  String prefix = "";

  @Option(names = "--account-id", paramLabel = "ID", description = "Only this account (repeatable; default: all).")
  List<String> accounts = new ArrayList<>();

  @Option(names = "--region", paramLabel = "REGION",
      description = "Only digests delivered from this region (repeatable; default: all).")
  List<String> regions = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Log files hashed at once (default: processors).")
  Integer threads;

  @Option(names = "--verbose", description = "Also print a line for every valid digest and log file.")
  boolean verbose;

  @Option(names = "--json", description = "Print the whole report as one JSON object instead of the lines.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter err = cli.err();
    S3Location s3 = s3Location();
    Path root = s3 == null ? Path.of(where) : null;
    if (root != null && !Files.isDirectory(root)) {
      err.println("cloudtrail validate: " + root + ": not a directory");
      return ExitCodes.IO_ERROR;
    }
    if (root != null && keyFiles.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "a directory needs --public-keys FILE (the output of 'aws "
          + "cloudtrail list-public-keys')");
    }
    if (end != null && start == null) {
      throw new ParameterException(spec.commandLine(), "--end-time needs --start-time");
    }
    Instant until = end != null ? end : start != null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : null;
    if (start != null && start.isAfter(until)) {
      throw new ParameterException(spec.commandLine(), "--start-time " + start + " is after "
          + (end != null ? "--end-time " + end : "now (" + until + "), the end when no --end-time is given"));
    }
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more: " + threads);
    }
    PublicKeySource keys;
    if (keyFiles.isEmpty()) {
      CloudTrailPublicKeys.Builder k = CloudTrailPublicKeys.builder().clients(this::cloudTrail);
      if (start != null) {
        k.between(start, until);
      }
      keys = k.build();
    } else {
      try {
        keys = PublicKeys.read(keyFiles.toArray(new Path[0]));
      } catch (IOException e) {
        // in the reader's words, as the other commands say it: no such file or directory: <file>
        err.println("cloudtrail validate: " + Causes.inWords(e, null));
        return ExitCodes.IO_ERROR;
      }
    }
    TrailValidator.Builder b = TrailValidator.builder().publicKeys(keys)
        .prefix(s3 != null ? s3.prefix() : prefix)
        .accountIds(accounts.toArray(new String[0])).regions(regions.toArray(new String[0]));
    if (s3 != null) {
      b.bucket(s3.bucket());
    } else if (bucket != null) {
      b.bucket(bucket);
    }
    if (threads != null) {
      b.parallelism(threads);
    }
    if (start != null) {
      b.between(start, until);
    }
    ValidationReport report;
    Output out = cli.out();
    String name = s3 != null ? "s3://" + s3.bucket() + "/" + s3.prefix() : where;
    if (!json) {
      out.print("Validating log files in " + name + (start == null ? "" : " between " + time(start) + " and "
          + time(until)) + "\n\n");
      out.flush();
    }
    try {
      if (s3 == null) {
        report = b.build().validate(root);
      } else {
        try (S3LogSource source = s3Source()) {
          report = b.build().validate(S3ObjectStore.of(source.client()));
        }
      }
    } catch (IOException | software.amazon.awssdk.core.exception.SdkException e) {
      err.println("cloudtrail validate: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    } finally {
      if (keys instanceof CloudTrailPublicKeys) {
        ((CloudTrailPublicKeys) keys).close();
      }
      cloudTrailClients.forEach(CloudTrailClient::close);
    }
    if (json) {
      writeJson(name, report, out);
    } else {
      writeText(report, out, err);
    }
    out.flush();
    err.flush();
    return report.passed() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  /** The bucket and prefix in S3, from {@code s3://bucket/prefix} or {@code --s3-bucket}; null for a directory. */
  private S3Location s3Location() {
    if (where == null) {
      if (bucket == null) {
        throw new ParameterException(spec.commandLine(), "give a directory, s3://bucket/prefix, or --s3-bucket");
      }
      return S3Location.of(bucket, prefix);
    }
    if (!S3Location.isS3(where)) {
      return null;
    }
    S3Location l = S3Location.parse(where);
    if (bucket != null && !bucket.equals(l.bucket())) {
      throw new ParameterException(spec.commandLine(), "--s3-bucket " + bucket + " is not the bucket of " + where);
    }
    if (!prefix.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--s3-prefix goes with --s3-bucket, not with " + where);
    }
    return l;
  }

  /** The CloudTrail client of a digest's region, with the credentials of --profile and --cloudtrail-endpoint-url. */
  private CloudTrailClient cloudTrail(String region) {
    CloudTrailClientBuilder b = CloudTrailClient.builder().region(Region.of(region))
        .credentialsProvider(profile != null ? ProfileCredentialsProvider.create(profile)
            : DefaultCredentialsProvider.builder().build());
    if (cloudTrailEndpointUrl != null) {
      b.endpointOverride(cloudTrailEndpointUrl);
    }
    CloudTrailClient c = b.build();
    cloudTrailClients.add(c);
    return c;
  }

  private final List<CloudTrailClient> cloudTrailClients = new ArrayList<>();

  private S3LogSource s3Source() {
    S3LogSource.Builder b = S3LogSource.builder();
    if (endpointUrl != null) {
      b.endpointOverride(endpointUrl).forcePathStyle(true);
    }
    if (profile != null) {
      b.profile(profile);
    }
    return b.build();
  }

  /** The AWS CLI's lines: a digest's, then its log files'; chains newest first as the CLI walks them. */
  private void writeText(ValidationReport r, Output out, PrintWriter err) {
    List<DigestResult> digests = new ArrayList<>(r.digests());
    java.util.Collections.reverse(digests);
    for (DigestResult d : digests) {
      String line = (d.backfill() ? "(backfill) " : "") + "Digest file\t" + d.uri() + "\t";
      if (d.status() == ValidationStatus.VALID) {
        if (verbose) {
          out.print(line + "valid\n");
        }
      } else if (d.status() == ValidationStatus.UNVERIFIED) {
        err.println(line + "UNVERIFIED: no signature: save the digest's x-amz-meta-signature as <digest>.sig");
        err.println();
      } else {
        err.println(line + "INVALID: " + d.message());
        err.println();
      }
      for (String w : d.warnings()) {
        err.println(line + "WARNING: " + w);
        err.println();
      }
    }
    for (LogFileResult l : r.logFiles()) {
      if (l.status() == ValidationStatus.VALID) {
        if (verbose) {
          out.print("Log file\t" + l.uri() + "\tvalid\n");
        }
      } else {
        err.println("Log file\t" + l.uri() + "\tINVALID: " + l.message());
        err.println();
      }
    }
    for (UncoveredWindow w : r.uncoveredWindows()) {
      if (w.failure()) {
        err.println("No valid digest covers " + time(w.from()) + " to " + time(w.until()) + " (" + w.chain() + ": "
            + w.cause() + ")");
      } else {
        err.println("No log files were delivered by CloudTrail between " + time(w.from()) + " and "
            + time(w.until()));
      }
      err.println();
    }
    err.flush();
    StringBuilder s = new StringBuilder();
    s.append("Results requested for ").append(r.from().map(ValidateCommand::time).orElse("all times"))
        .append(r.until().map(u -> " to " + time(u)).orElse("")).append('\n');
    if (r.digests().isEmpty()) {
      s.append("No digests found\n");
      out.print(s.toString());
      return;
    }
    Optional<Instant> from = r.coveredFrom();
    Optional<Instant> until = r.coveredUntil();
    if (from.isEmpty()) {
      s.append("No valid digests found in range\n");
    } else {
      Instant f = r.from().filter(x -> x.isAfter(from.get())).orElse(from.get());
      Instant u = r.until().filter(x -> x.isBefore(until.get())).orElse(until.get());
      s.append("Results found for ").append(time(f)).append(" to ").append(time(u)).append(":\n");
    }
    summary(s, "digest", r.digests().stream().filter(d -> !d.backfill()).map(DigestResult::status).toList());
    summary(s, "backfill digest", r.digests().stream().filter(DigestResult::backfill).map(DigestResult::status)
        .toList());
    summary(s, "log", r.logFiles().stream().map(LogFileResult::status).toList());
    s.append('\n');
    out.print(s.toString());
  }

  private static void summary(StringBuilder s, String name, List<ValidationStatus> statuses) {
    int total = statuses.size();
    if (total == 0) {
      return;
    }
    long valid = statuses.stream().filter(x -> x == ValidationStatus.VALID).count();
    long unverified = statuses.stream().filter(x -> x == ValidationStatus.UNVERIFIED).count();
    long invalid = total - valid - unverified;
    s.append('\n').append(valid).append('/').append(total).append(' ').append(name).append(" files valid");
    if (invalid > 0) {
      s.append(", ").append(invalid).append('/').append(total).append(' ').append(name).append(" files INVALID");
    }
    if (unverified > 0) {
      s.append(", ").append(unverified).append('/').append(total).append(' ').append(name)
          .append(" files unverified");
    }
  }

  static String time(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void writeJson(String name, ValidationReport r, Output out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out.writer())) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("root", name);
      g.writeStringField("from", r.from().map(ValidateCommand::time).orElse(null));
      g.writeStringField("until", r.until().map(ValidateCommand::time).orElse(null));
      g.writeBooleanField("passed", r.passed());
      g.writeObjectFieldStart("counts");
      g.writeObjectFieldStart("digests");
      for (ValidationStatus s : ValidationStatus.values()) {
        if (r.digestCount(s) > 0) {
          g.writeNumberField(s.name(), r.digestCount(s));
        }
      }
      g.writeEndObject();
      g.writeObjectFieldStart("logFiles");
      for (ValidationStatus s : ValidationStatus.values()) {
        if (r.logFileCount(s) > 0) {
          g.writeNumberField(s.name(), r.logFileCount(s));
        }
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("digests");
      for (DigestResult d : r.digests()) {
        g.writeStartObject();
        g.writeStringField("uri", d.uri());
        g.writeStringField("status", d.status().name());
        g.writeStringField("message", d.message());
        g.writeBooleanField("backfill", d.backfill());
        g.writeStringField("startTime", d.startTime().map(ValidateCommand::time).orElse(null));
        g.writeStringField("endTime", d.endTime().map(ValidateCommand::time).orElse(null));
        g.writeNumberField("logFiles", d.logFiles());
        g.writeArrayFieldStart("warnings");
        for (String w : d.warnings()) {
          g.writeString(w);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("logFiles");
      for (LogFileResult l : r.logFiles()) {
        g.writeStartObject();
        g.writeStringField("uri", l.uri());
        g.writeStringField("status", l.status().name());
        g.writeStringField("message", l.message());
        g.writeArrayFieldStart("digests");
        for (String d : l.digests()) {
          g.writeString(d);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("uncoveredWindows");
      for (UncoveredWindow w : r.uncoveredWindows()) {
        g.writeStartObject();
        g.writeStringField("chain", w.chain());
        g.writeStringField("from", time(w.from()));
        g.writeStringField("until", time(w.until()));
        g.writeStringField("cause", w.cause().name());
        g.writeBooleanField("failure", w.failure());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
