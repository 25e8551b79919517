package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import gx.doudi.event.PersonIds;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks every 18-character resident identity number in what the console shows, wherever it stands (a
 * subject, a household key {@code person:ID}, a note). The engine masks its alerts and chains already;
 * this is the console's own guarantee, for everything but a department's own referrals.
 */
final class IdMasks {
    private static final Pattern PERSON_ID = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");

    private IdMasks() {}

    static String mask(String text) {
        if (text == null || text.length() < 18) {
            return text;
        }
        Matcher m = PERSON_ID.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(PersonIds.mask(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** The same tree with every text value masked (the tree given is changed and returned). */
    static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(mask(e.getValue().asText())));
                } else {
                    mask(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, TextNode.valueOf(mask(a.get(i).asText())));
                } else {
                    mask(a.get(i));
                }
            }
        }
        return node;
    }
}
