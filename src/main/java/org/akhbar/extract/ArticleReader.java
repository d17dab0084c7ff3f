package org.akhbar.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.akhbar.AkhbarException;
import org.akhbar.nlp.ArticleMetadata;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads {@code NAME.txt} and its optional sidecar {@code NAME.json}, refusing with a clear message
 * what cannot be an article: an empty, binary, non-UTF-8, oversized or non-Arabic file, or a
 * sidecar that is not valid JSON or has a field of the wrong kind.
 */
public final class ArticleReader {
    /** Default size limit: far above any news article, far below what would exhaust memory. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    private final long maxBytes;
    private final LanguageCheck language;

    public ArticleReader(long maxBytes, LanguageCheck language) {
        this.maxBytes = maxBytes;
        this.language = language;
    }

    public static ArticleReader standard() {
        return new ArticleReader(DEFAULT_MAX_BYTES, LanguageCheck.packaged());
    }

    /** Every {@code *.txt} article under the given files and directories, sorted, duplicates removed. */
    public static List<Path> collect(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt")).sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new AkhbarException.BadInput("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new AkhbarException.BadInput("no such file or directory: " + p);
            }
        }
        return out.stream().map(Path::toAbsolutePath).map(Path::normalize).distinct().toList();
    }

    public Article read(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".txt")) {
            throw new AkhbarException.BadInput(file + ": an article must be a .txt file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new AkhbarException.BadInput(file + ": " + size + " bytes, over the limit of " + maxBytes
                        + " bytes for one article");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AkhbarException.BadInput("cannot read " + file + ": " + e.getMessage(), e);
        }
        String id = name.substring(0, name.length() - 4);
        String text = decode(file.toString(), bytes);
        Path sidecar = file.resolveSibling(id + ".json");
        ArticleMetadata meta = Files.isRegularFile(sidecar) ? readSidecar(sidecar) : ArticleMetadata.EMPTY;
        return of(id, text, meta, file, bytes);
    }

    /** An article from text in memory (tests, the HTTP API). */
    public Article of(String id, String text, ArticleMetadata meta) {
        return of(id, text, meta, null, text.getBytes(StandardCharsets.UTF_8));
    }

    private Article of(String id, String text, ArticleMetadata meta, Path source, byte[] bytes) {
        String where = source != null ? source.toString() : id;
        if (!id.matches("[\\p{L}\\p{N}._\\-]+")) {
            throw new AkhbarException.BadInput(where + ": article name '" + id
                    + "' may only use letters, digits, '.', '_' and '-'");
        }
        if (bytes.length > maxBytes) {
            throw new AkhbarException.BadInput(where + ": " + bytes.length + " bytes, over the limit of " + maxBytes);
        }
        if (text.isBlank()) {
            throw new AkhbarException.BadInput(where + ": the article is empty");
        }
        language.requireArabic(where, text);
        return new Article(id, text, meta, source, sha256(bytes));
    }

    /** Strict UTF-8: a malformed byte is an error, not a replacement character. A BOM is dropped. */
    static String decode(String where, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new AkhbarException.BadInput(where + ": binary file (contains NUL bytes), not a text article");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            s = s.startsWith("\uFEFF") ? s.substring(1) : s;
            long control = s.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
            if (control > s.length() / 100 + 2) {
                throw new AkhbarException.BadInput(where + ": binary file (" + control + " control characters)");
            }
            return s.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new AkhbarException.BadInput(where + ": not valid UTF-8 (" + e.getMessage()
                    + "); convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8", e);
        }
    }

    /** Parses a sidecar; a broken file or a field of the wrong kind is an error naming both. */
    public static ArticleMetadata readSidecar(Path sidecar) {
        JsonObject o;
        try (InputStream in = Files.newInputStream(sidecar)) {
            JsonValue v = JSON.parseAny(in);
            if (!v.isObject()) {
                throw new AkhbarException.BadInput(sidecar + ": the sidecar must be a JSON object");
            }
            o = v.getAsObject();
        } catch (JsonException | NullPointerException | org.apache.jena.atlas.AtlasException e) {
            // Jena's JSON parser reports truncated input as a NullPointerException
            throw new AkhbarException.BadInput(sidecar + ": not valid JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AkhbarException.BadInput("cannot read " + sidecar + ": " + e.getMessage(), e);
        }
        String published = string(sidecar, o, "published");
        LocalDate date = null;
        if (published != null) {
            try {
                date = published.length() > 10 ? OffsetDateTime.parse(published).toLocalDate() : LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new AkhbarException.BadInput(sidecar + ": field 'published' is not an ISO date: '" + published + "'", e);
            }
        }
        return new ArticleMetadata(string(sidecar, o, "title"), date, string(sidecar, o, "source"),
                string(sidecar, o, "url"), string(sidecar, o, "language"));
    }

    private static String string(Path sidecar, JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new AkhbarException.BadInput(sidecar + ": field '" + field + "' must be a string, got " + v);
        }
        String s = v.getAsString().value().strip();
        return s.isEmpty() ? null : s;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
