package org.cloudtrail4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cloudtrail stats}: what a tree holds, by service, operation, identity and error code. */
@Command(name = "stats",
    header = "Counts records by service, operation, identity and error code.",
    description = {"Prints the files read and skipped, records, problems, records filtered out and the time range, "
        + "then the most frequent services (eventSource), operations (eventSource eventName), identities (the ARN, "
        + "or the identity type with its name) and error codes, each sorted by count, then by name. --json prints "
        + "the same as one JSON object.",
        "Decodes only the members it counts (" + Stats.MEMBER_NAMES + "): a record "
        + "is a problem when its JSON is broken or one of these is wrong; a wrong value in another member is not "
        + "looked at (cat checks every member)."})
final class StatsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private CloudTrailCli cli;

  @Mixin
  private InputOptions input;

  @Mixin
  private FilterOptions filters;

  private int top = 10;

  @Option(names = "--json", description = "Print one JSON object instead of the text report.")
  private boolean json;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "List the N most frequent of each (default: ${DEFAULT-VALUE}; 0 lists all).")
  void top(int n) {
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), "--top must be 0 (all) or more: " + n);
    }
    top = n;
  }

  @Override
  public Integer call() {
    LogRead read = new LogRead(input, filters, cli.err(), Stats.MEMBERS);
    Stats stats = new Stats();
    ReadTotals totals = read.run(stats::add);
    Output out = cli.out();
    if (json) {
      writeJson(totals, stats, out.writer());
    } else {
      out.print(text(totals, stats));
    }
    out.flush();
    return read.finish();
  }

  private String text(ReadTotals totals, Stats stats) {
    StringBuilder s = new StringBuilder(2048);
    s.append("Input\n");
    row(s, "paths", input.paths.stream()
        .map(p -> LogRead.s3Location(p).map(Object::toString).orElse(p.toString())).collect(Collectors.joining(" ")));
    row(s, "files read", totals.filesRead);
    row(s, "files skipped", totals.filesSkipped);
    if (totals.pruned > 0) {
      row(s, "folders and files pruned", totals.pruned);
    }
    row(s, "records", totals.records);
    row(s, "problems", totals.problems);
    row(s, "filtered out", totals.filteredOut);
    row(s, "JSON bytes", totals.bytes);
    s.append("Time range\n");
    row(s, "first", stats.first == null ? "-" : stats.first.toString());
    row(s, "last", stats.last == null ? "-" : stats.last.toString());
    section(s, "Services", stats.services, "");
    section(s, "Operations", stats.operations, "");
    section(s, "Identities", stats.identities, "");
    section(s, "Error codes", stats.errorCodes, " in " + stats.errorCodes.total()
        + (stats.errorCodes.total() == 1 ? " record" : " records"));
    return s.toString();
  }

  private static void row(StringBuilder s, String label, Object value) {
    s.append("  ").append(label);
    for (int i = label.length(); i < 15; i++) {
      s.append(' ');
    }
    s.append(value).append('\n');
  }

  private void section(StringBuilder s, String title, Tally tally, String suffix) {
    List<Tally.Entry> entries = tally.top(top);
    if (entries.isEmpty()) {
      s.append(title).append(" (none)\n");
      return;
    }
    s.append(title).append(" (");
    if (entries.size() < tally.distinct()) {
      s.append("top ").append(entries.size()).append(" of ");
    }
    s.append(tally.distinct()).append(suffix).append(")\n");
    int width = entries.isEmpty() ? 1 : Long.toString(entries.get(0).count).length();
    for (Tally.Entry e : entries) {
      String count = Long.toString(e.count);
      s.append("  ");
      for (int i = count.length(); i < width; i++) {
        s.append(' ');
      }
      s.append(count).append("  ").append(e.key).append('\n');
    }
  }

  private void writeJson(ReadTotals totals, Stats stats, Writer writer) {
    try (JsonGenerator g = new JsonFactory().createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("paths");
      for (Path p : input.paths) {
        g.writeString(p.toString());
      }
      g.writeEndArray();
      g.writeNumberField("filesRead", totals.filesRead);
      g.writeNumberField("filesSkipped", totals.filesSkipped);
      g.writeNumberField("pruned", totals.pruned);
      g.writeNumberField("records", totals.records);
      g.writeNumberField("problems", totals.problems);
      g.writeNumberField("filteredOut", totals.filteredOut);
      g.writeNumberField("bytes", totals.bytes);
      g.writeFieldName("firstProblem");
      if (totals.firstProblem == null) {
        g.writeNull();
      } else {
        g.writeString(totals.firstProblem.toString());
      }
      g.writeObjectFieldStart("timeRange");
      time(g, "first", stats.first);
      time(g, "last", stats.last);
      g.writeEndObject();
      tally(g, "services", stats.services, false);
      tally(g, "operations", stats.operations, true);
      tally(g, "identities", stats.identities, false);
      tally(g, "errorCodes", stats.errorCodes, false);
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void time(JsonGenerator g, String name, Instant t) throws IOException {
    if (t == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, t.toString());
    }
  }

  private void tally(JsonGenerator g, String name, Tally tally, boolean operations) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("distinct", tally.distinct());
    g.writeNumberField("records", tally.total());
    g.writeArrayFieldStart("top");
    for (Tally.Entry e : tally.top(top)) {
      g.writeStartObject();
      if (operations) {
        int space = e.key.indexOf(' ');
        g.writeStringField("eventSource", e.key.substring(0, space));
        g.writeStringField("eventName", e.key.substring(space + 1));
      } else {
        g.writeStringField("key", e.key);
      }
      g.writeNumberField("count", e.count);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
