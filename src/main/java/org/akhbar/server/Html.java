package org.akhbar.server;

/** Minimal HTML building with escaping; pages are right-to-left Arabic with English alongside. */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder o = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '&' -> o.append("&amp;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }

    Html raw(String s) {
        sb.append(s);
        return this;
    }

    Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    Html open(String title, String lang) {
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\" dir=\"").append(lang.startsWith("ar") ? "rtl" : "ltr")
                .append("\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/web/akhbar.css\"></head>\n<body>\n")
                .append("<header><a href=\"/\">أخبار · Akhbar</a> <nav><a href=\"/\">المستكشف · Explorer</a> ")
                .append("<a href=\"/query\">الاستعلام · SPARQL</a> <a href=\"/ontology\">الأنطولوجيا · Ontology</a></nav></header>\n<main>\n");
        return this;
    }

    String close() {
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }
}
