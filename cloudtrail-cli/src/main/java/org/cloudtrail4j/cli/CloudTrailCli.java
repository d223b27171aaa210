package org.cloudtrail4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code cloudtrail} command: reads CloudTrail logs (a file or an {@code AWSLogs/} tree, gzip or plain JSON) and
 * prints records ({@code cat}), totals ({@code stats}) or an EKS audit ({@code eks}).
 *
 * <pre>{@code
 * java -jar cloudtrail.jar stats samples/AWSLogs
 * java -jar cloudtrail.jar cat --source eks --format table AWSLogs/
 * }</pre>
 *
 * <p>Records and reports go to stdout; errors, the problem summary and progress go to stderr. The exit code says
 * whether the input was clean: see {@link ExitCodes}.
 */
@Command(
    name = "cloudtrail",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        " 0:success: every record was read",
        " 1:problems were found in the input: bad records or files were skipped and reported on stderr (what could "
            + "be read is still printed), or --fail-fast stopped at the first one",
        " 2:usage error: an unknown command or option, a bad value, a missing argument",
        " 3:a path was not found, or an I/O error stopped the command",
        " 4:internal error: a bug in cloudtrail; please report it",
        " 5:a PATH held no CloudTrail log at all (a mistyped path?), and nothing else went wrong"
    },
    subcommands = {CatCommand.class, StatsCommand.class, EksCommand.class, ValidateCommand.class,
        CommandLine.HelpCommand.class},
    header = "Reads AWS CloudTrail logs: prints records, counts them, audits EKS.",
    description = "Reads a log file, or a directory tree as CloudTrail delivers it to S3 "
        + "(AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/*.json.gz), gzip or plain JSON. It streams: a large "
        + "tree needs no large heap. Records and reports go to stdout; errors, the problem summary and progress go "
        + "to stderr.")
public final class CloudTrailCli implements Callable<Integer> {
  private final Output out;
  private final PrintWriter err;

  private CloudTrailCli(Output out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command and exits with its {@linkplain ExitCodes exit code}. */
  public static void main(String[] args) {
    // System.out's encoding follows the platform; CloudTrail is UTF-8, and raw records are copied as bytes
    Output out = new Output(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flushQuietly();
    err.flush();
    System.exit(code);
  }

  /** Runs {@code args}, writing to {@code out} and {@code err}, and returns the exit code. */
  static int run(Output out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new CloudTrailCli(out, err));
    cli.setOut(new PrintWriter(out.writer(), true));
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setExecutionExceptionHandler(new Failures());
    cli.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL_ERROR);
    // `cloudtrail generate-completion` prints the bash/zsh completion script (the distribution ships it); hidden
    // from the help, as it is not a command for reading logs
    cli.addSubcommand(new AutoComplete.GenerateCompletion());
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    return cli.execute(args);
  }

  /** Without a command: tells how to get help. */
  @Override
  public Integer call() {
    err.println("cloudtrail: missing command: cat, stats or eks");
    err.println("Try 'cloudtrail --help' for more information.");
    return ExitCodes.USAGE;
  }

  Output out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }
}
