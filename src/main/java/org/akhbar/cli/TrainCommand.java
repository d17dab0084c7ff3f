package org.akhbar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.akhbar.train.TrainModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the models from the project data (the build does this; this is for experiments).",
            "Reads DATA/corpus/{train,dev} and DATA/langdetect, writes the models to OUT."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Project data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the models (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "models");

    @Override
    public Integer call() throws Exception {
        new TrainModels(data, out, System.err).run();
        return 0;
    }
}
