package org.akhbar.cli;

/** Entry point of {@code java -jar akhbar.jar}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
