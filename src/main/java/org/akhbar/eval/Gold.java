package org.akhbar.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.AkhbarException;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A gold annotation file in the format of {@code GOLD-FORMAT.md}: what a careful reader finds in one
 * article. Parsing is strict: a missing or mistyped field names the file and the field.
 */
public record Gold(Path file, String article, String published, List<GoldEntity> entities, List<GoldRole> roles,
                   List<GoldStatement> statements, List<GoldEvent> events, List<List<String>> locatedIn,
                   List<GoldDate> dates) {

    /** @param types one type, or several where either is right */
    public record GoldEntity(List<String> types, String name, List<String> aliases, String en, String wikidata,
                             boolean required) {
        public List<String> forms() {
            List<String> f = new ArrayList<>();
            f.add(name);
            f.addAll(aliases);
            return f;
        }
    }

    public record GoldRole(String person, String title, String of) {}

    public record GoldStatement(String speaker, String quote, String kind, boolean required) {}

    public record GoldEvent(String kind, String name, List<String> participants, List<String> places, String date,
                            String duration) {}

    public record GoldDate(String text, String value) {}

    public static Gold read(Path file) {
        JsonObject o;
        try (InputStream in = Files.newInputStream(file)) {
            o = JSON.parse(in);
        } catch (JsonException | NullPointerException | org.apache.jena.atlas.AtlasException e) {
            throw new AkhbarException.BadData(file + ": not valid JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AkhbarException.BadData("cannot read " + file + ": " + e.getMessage(), e);
        }
        Reader r = new Reader(file);
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonValue v : r.array(o, "entities")) {
            JsonObject e = r.object(v, "entities[]");
            JsonValue t = e.get("type");
            List<String> types = t != null && t.isArray() ? r.strings(e, "type") : List.of(r.str(e, "type"));
            entities.add(new GoldEntity(types, r.str(e, "name"), r.optStrings(e, "aliases"), r.optStr(e, "en"),
                    r.optStr(e, "wikidata"), r.optBool(e, "required", true)));
        }
        List<GoldRole> roles = new ArrayList<>();
        for (JsonValue v : r.optArray(o, "roles")) {
            JsonObject e = r.object(v, "roles[]");
            roles.add(new GoldRole(r.str(e, "person"), r.str(e, "title"), r.optStr(e, "of")));
        }
        List<GoldStatement> statements = new ArrayList<>();
        for (JsonValue v : r.optArray(o, "statements")) {
            JsonObject e = r.object(v, "statements[]");
            statements.add(new GoldStatement(r.str(e, "speaker"), r.str(e, "quote"), r.str(e, "kind"),
                    r.optBool(e, "required", true)));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonValue v : r.optArray(o, "events")) {
            JsonObject e = r.object(v, "events[]");
            events.add(new GoldEvent(r.str(e, "kind"), r.optStr(e, "name"), r.optStrings(e, "participants"),
                    r.optStrings(e, "places"), r.optStr(e, "date"), r.optStr(e, "duration")));
        }
        List<List<String>> located = new ArrayList<>();
        for (JsonValue v : r.optArray(o, "located_in")) {
            if (!v.isArray() || v.getAsArray().size() != 2) {
                throw new AkhbarException.BadData(file + ": located_in entries must be [child, parent], got " + v);
            }
            located.add(List.of(v.getAsArray().get(0).getAsString().value(), v.getAsArray().get(1).getAsString().value()));
        }
        List<GoldDate> dates = new ArrayList<>();
        for (JsonValue v : r.optArray(o, "dates")) {
            JsonObject e = r.object(v, "dates[]");
            dates.add(new GoldDate(r.optStr(e, "text"), r.str(e, "value")));
        }
        JsonObject meta = o.get("meta") != null && o.get("meta").isObject() ? o.get("meta").getAsObject() : new JsonObject();
        return new Gold(file, r.str(o, "article"), r.optStr(meta, "published"), entities, roles, statements, events,
                located, dates);
    }

    /** The gold entity a name refers to (by name or alias), or null. */
    public GoldEntity entity(String name) {
        for (GoldEntity e : entities) {
            if (e.name().equals(name) || e.aliases().contains(name)) {
                return e;
            }
        }
        return null;
    }

    /** Field access that fails with the file and field named. */
    private record Reader(Path file) {
        JsonArray array(JsonObject o, String f) {
            JsonValue v = o.get(f);
            if (v == null || !v.isArray()) {
                throw new AkhbarException.BadData(file + ": field '" + f + "' must be an array");
            }
            return v.getAsArray();
        }

        JsonArray optArray(JsonObject o, String f) {
            JsonValue v = o.get(f);
            return v == null || v.isNull() ? new JsonArray() : array(o, f);
        }

        JsonObject object(JsonValue v, String where) {
            if (!v.isObject()) {
                throw new AkhbarException.BadData(file + ": " + where + " must be an object, got " + v);
            }
            return v.getAsObject();
        }

        String str(JsonObject o, String f) {
            JsonValue v = o.get(f);
            if (v == null || !v.isString()) {
                throw new AkhbarException.BadData(file + ": field '" + f + "' must be a string in " + o);
            }
            return v.getAsString().value();
        }

        String optStr(JsonObject o, String f) {
            JsonValue v = o.get(f);
            return v == null || v.isNull() ? null : str(o, f);
        }

        boolean optBool(JsonObject o, String f, boolean dflt) {
            JsonValue v = o.get(f);
            if (v == null || v.isNull()) {
                return dflt;
            }
            if (!v.isBoolean()) {
                throw new AkhbarException.BadData(file + ": field '" + f + "' must be true or false in " + o);
            }
            return v.getAsBoolean().value();
        }

        List<String> strings(JsonObject o, String f) {
            List<String> out = new ArrayList<>();
            for (JsonValue v : array(o, f)) {
                if (!v.isString()) {
                    throw new AkhbarException.BadData(file + ": field '" + f + "' must hold strings, got " + v);
                }
                out.add(v.getAsString().value());
            }
            return out;
        }

        List<String> optStrings(JsonObject o, String f) {
            JsonValue v = o.get(f);
            return v == null || v.isNull() ? List.of() : strings(o, f);
        }
    }
}
