package entente.classroom;

import entente.util.DidYouMean;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A request's JSON body, read strictly: an object with known fields of the right types;
 * anything else is a 400 with a message that names the field.
 */
final class Body {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode root;

    private Body(JsonNode root) {
        this.root = root;
    }

    static Body parse(String text, Set<String> fields) {
        JsonNode root;
        try {
            root = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiError.bad("malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiError.bad("the body must be a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw ApiError.bad("unknown field '" + f + "'" + DidYouMean.hint(f, fields) + (fields.isEmpty() ? ": this request takes no fields"
                        : " (fields: " + String.join(", ", fields.stream().sorted().toList()) + ")"));
            }
        }
        return new Body(root);
    }

    String string(String field, String fallback) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isTextual()) {
            throw ApiError.bad("'" + field + "' must be a string");
        }
        return n.asText();
    }

    String string(String field) {
        String s = string(field, null);
        if (s == null) {
            throw ApiError.bad("missing field '" + field + "'");
        }
        return s;
    }

    int integer(String field) {
        JsonNode n = root.get(field);
        if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
            throw ApiError.bad("'" + field + "' must be a whole number");
        }
        return n.asInt();
    }

    double number(String field, double fallback) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw ApiError.bad("'" + field + "' must be a number");
        }
        return n.asDouble();
    }

    boolean bool(String field) {
        JsonNode n = root.get(field);
        if (n != null && !n.isNull() && !n.isBoolean()) {
            throw ApiError.bad("'" + field + "' must be true or false");
        }
        return n != null && n.asBoolean();
    }

    List<String> strings(String field) {
        JsonNode n = root.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray() || n.size() > 20) {
            throw ApiError.bad("'" + field + "' must be a list of at most 20 state codes");
        }
        for (JsonNode v : n) {
            if (!v.isTextual()) {
                throw ApiError.bad("'" + field + "' must hold strings");
            }
            out.add(v.asText());
        }
        return out;
    }
}
