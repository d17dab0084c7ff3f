package org.akhbar.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.akhbar.eval.EvalRunner;
import org.akhbar.eval.Evaluation;
import org.akhbar.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the extractor against gold annotations (GOLD-FORMAT.md): P/R/F1 per category.",
            "DIR holds NAME.gold.json files beside their articles (the gold's 'article' field names the text)."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FILE.gold.json")
    List<Path> dirs;

    @Option(names = "--no-misses", negatable = true, description = "List every miss and spurious finding (default: on).")
    boolean misses = true;

    @Override
    public Integer call() {
        Evaluation e = new EvalRunner(Extractor.standard()).run(dirs);
        EvalRunner.print(e, new PrintStream(System.out, true, StandardCharsets.UTF_8), misses);
        return 0;
    }
}
