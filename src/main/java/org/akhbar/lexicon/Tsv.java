package org.akhbar.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.AkhbarException;

/**
 * Reads the project's tab-separated data files: {@code #} comment lines, one header line, then rows.
 * A row with the wrong number of cells is an error naming the file and line, never silently skipped.
 */
public final class Tsv {
    private Tsv() {}

    /** A row: its cells by column name, and the line it came from (for messages). */
    public record Row(Map<String, String> cells, String source, int line) {
        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new AkhbarException.BadData(source + ":" + line + ": no column '" + column + "'");
            }
            return v.strip();
        }

        public String opt(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        public List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String s : opt(column).split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
    }

    /** Reads classpath resource {@code path}; a missing resource is an error. */
    public static List<Row> resource(String path) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new AkhbarException.BadData("data file not found on the classpath: " + path);
        }
        return read(in, path);
    }

    /** Reads classpath resource {@code path}, or nothing if it does not exist. */
    public static List<Row> optionalResource(String path) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
        return in == null ? List.of() : read(in, path);
    }

    public static List<Row> read(InputStream in, String source) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length > header.length) {
                    throw new AkhbarException.BadData(source + ":" + n + ": " + cells.length
                            + " cells, the header has " + header.length);
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i].strip(), i < cells.length ? cells[i] : "");
                }
                rows.add(new Row(m, source, n));
            }
        } catch (IOException e) {
            throw new AkhbarException.BadData("cannot read " + source + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
