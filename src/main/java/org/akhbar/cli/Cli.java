package org.akhbar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.akhbar.AkhbarException;
import org.akhbar.Version;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code akhbar} command. Exit codes: 0 success, 1 a processing error (message on stderr, no
 * stack trace), 2 a usage error (one line and a hint).
 */
@Command(name = "akhbar", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "Arabic news articles to a knowledge graph, served over SPARQL.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
            ValidateCommand.class, EvalCommand.class, AnalyzeCommand.class, RemoveCommand.class, ReindexCommand.class,
            TrainCommand.class, BenchCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log what Akhbar, Jena and Fuseki do (INFO level).")
    void verbose(boolean v) {
        if (v) {
            Configurator.setRootLevel(Level.INFO);
            Configurator.setLevel("org.apache.jena.fuseki", Level.INFO);
            Configurator.setLevel("org.akhbar", Level.INFO);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setExpandAtFiles(false); // «@file.rq» names a query file, it is not an argument file
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("akhbar: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                throw pe;
            }
            String msg = ex instanceof AkhbarException ? ex.getMessage()
                    : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            c.getErr().println("akhbar: " + msg);
            return ex instanceof AkhbarException.BadQuery || ex instanceof AkhbarException.BadInput ? 1 : 1;
        });
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"akhbar " + Version.get()};
        }
    }
}
