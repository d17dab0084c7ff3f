package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aUsageErrorExitsTwoWithOneLineAndAHint() {
        assertEquals(2, Cli.run("extract"));
        assertTrue(err().contains("akhbar:") && err().contains("--help"), err());
        assertEquals(2, Cli.run("no-such-command"));
    }

    @Test
    void aProcessingErrorExitsOneWithAMessageAndNoStackTrace() {
        assertEquals(1, Cli.run("extract", dir.resolve("missing.txt").toString()));
        assertTrue(err().contains("no such file"), err());
        assertTrue(!err().contains("\tat "), "no stack trace: " + err());
    }

    @Test
    void malformedSparqlIsAClearError() {
        assertEquals(1, Cli.run("query", "--data", "data/articles/alaska-summit.gold.json", "SELEC ?x"));
        assertTrue(err().contains("akhbar:"), err());
    }

    @Test
    void extractWritesOneNamedGraphPerArticleInTheFormatOfTheFileName() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "وقال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت بناءة.");
        Files.writeString(b, "وأكد وزير الخارجية المصري بدر عبد العاطي أن القاهرة تدعم الحوار.");
        Files.writeString(dir.resolve("b.json"), "{\"published\": \"2025-08-16\", \"title\": \"خبر\"}");
        Path nq = dir.resolve("out.nq");
        assertEquals(0, Cli.run("extract", dir.toString(), "-o", nq.toString()), err());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, nq.toString());
        assertEquals(2, Iter.count(ds.asDatasetGraph().listGraphNodes()));
        Path trig = dir.resolve("out.trig");
        assertEquals(0, Cli.run("extract", a.toString(), "-o", trig.toString()));
        Dataset ds2 = DatasetFactory.create();
        RDFDataMgr.read(ds2, trig.toString());
        assertEquals(1, Iter.count(ds2.asDatasetGraph().listGraphNodes()));
        Path jsonld = dir.resolve("out.jsonld");
        assertEquals(0, Cli.run("extract", a.toString(), "-o", jsonld.toString()));
        assertTrue(Files.readString(jsonld).contains("\"speaker\""), "compact JSON-LD with Akhbar's context");
        Dataset ds3 = DatasetFactory.create();
        RDFDataMgr.read(ds3, jsonld.toString());
        assertEquals(1, Iter.count(ds3.asDatasetGraph().listGraphNodes()));
    }

    @Test
    void aBatchWithABadArticleStillExtractsTheOthersAndExitsOne() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "وقال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت بناءة.");
        Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2});
        Path nq = dir.resolve("out.nq");
        assertEquals(1, Cli.run("extract", dir.toString(), "-o", nq.toString()));
        assertTrue(err().contains("binary"), err());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, nq.toString());
        assertEquals(1, Iter.count(ds.asDatasetGraph().listGraphNodes()));
    }
}
