package org.cloudtrail4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cloudtrail cat}: the records, as NDJSON (their exact bytes) or a table. */
@Command(name = "cat",
    header = "Prints the records, as NDJSON or a table.",
    description = "By default prints each record's exact JSON bytes on one line (NDJSON; a record that was "
        + "pretty-printed across lines loses only the whitespace between tokens). With --format table it prints "
        + "fixed-width columns: time, region, source, name, identity (type:name), error code. Files are read in "
        + "path order, records in file order.")
final class CatCommand implements Callable<Integer> {
  /** How {@code cat} prints records. */
  enum Format {
    /** One record's JSON per line. */
    NDJSON,
    /** Aligned columns. */
    TABLE
  }

  @ParentCommand
  private CloudTrailCli cli;

  @Mixin
  private InputOptions input;

  @Mixin
  private FilterOptions filters;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson",
      description = "ndjson (default) or table.")
  private Format format;

  @Override
  public Integer call() {
    Output out = cli.out();
    LogRead read = new LogRead(input, filters, cli.err());
    read.checkPaths();
    if (format == Format.TABLE) {
      EventTable table = new EventTable();
      out.println(table.header());
      read.run(event -> out.println(table.row(event)));
    } else {
      read.run(event -> out.record(event.rawJson()));
    }
    out.flush();
    return read.finish();
  }
}
