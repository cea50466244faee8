package org.webchat.bot;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webchat.campaign.Language;

/**
 * A bot's text in each language it was written in (es, en, pt). Read in the chat's language, else in the default
 * language, else in any; {@code {variable}} in it is replaced by the variable's value.
 */
public record LocalText(Map<Language, String> texts) {

    public static final int MAX_LENGTH = 2000;
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]{0,63})}");

    public LocalText {
        Map<Language, String> kept = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(language, text.strip());
            }
        });
        texts = Map.copyOf(kept);
    }

    public static LocalText of(String es, String en, String pt) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(Language.ES, es);
        texts.put(Language.EN, en);
        texts.put(Language.PT, pt);
        texts.values().removeIf(t -> t == null);
        return new LocalText(texts);
    }

    public static LocalText empty() {
        return new LocalText(Map.of());
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The text as written in {@code language} (null when it has none), for the editor. */
    public String written(Language language) {
        return texts.get(language);
    }

    /** The text to show in {@code language}, with its fallbacks; empty string when it has no text at all. */
    public String in(Language language) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.get(Language.DEFAULT);
        }
        if (text == null) {
            text = texts.values().stream().findFirst().orElse("");
        }
        return text;
    }

    /** {@link #in} with each {@code {name}} replaced by the variable's value (empty when unknown). */
    public String in(Language language, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(in(language));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString().strip();
    }

    /** Whether some language's text is {@code answer}, ignoring case and surrounding blanks. */
    public boolean matches(String answer) {
        String wanted = answer.strip();
        return texts.values().stream().anyMatch(text -> text.equalsIgnoreCase(wanted));
    }

    /** A text as stored (the JSON {@link #toJson} writes; a plain text is taken for every language). */
    public static LocalText parse(String stored) throws FlowRefused {
        if (stored == null || stored.isBlank()) {
            return empty();
        }
        if (!stored.strip().startsWith("{")) {
            return new LocalText(Map.of(Language.DEFAULT, checked(stored)));
        }
        try (var reader = JSON.createReader(new java.io.StringReader(stored))) {
            return read(reader.readValue());
        } catch (jakarta.json.JsonException notJson) {
            throw new FlowRefused("bad-text", null, null);
        }
    }

    /** The text as stored: {"es": .., "en": .., "pt": ..}. */
    public String toJson() {
        return write(JSON.createObjectBuilder()).build().toString();
    }

    static LocalText read(JsonValue value) throws FlowRefused {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return empty();
        }
        if (value instanceof JsonString single) { // one text for every language
            return new LocalText(Map.of(Language.DEFAULT, checked(single.getString())));
        }
        if (!(value instanceof JsonObject object)) {
            throw new FlowRefused("bad-text", null, "a text is an object of languages (es, en, pt)");
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            Language language = Language.fromCode(entry.getKey(), null);
            if (language == null || !(entry.getValue() instanceof JsonString text)) {
                throw new FlowRefused("bad-text", null, "a text is an object of languages (es, en, pt)");
            }
            texts.put(language, checked(text.getString()));
        }
        return new LocalText(texts);
    }

    private static String checked(String text) throws FlowRefused {
        if (text.length() > MAX_LENGTH) {
            throw new FlowRefused("text-too-long", null, String.valueOf(MAX_LENGTH));
        }
        return text;
    }

    JsonObjectBuilder write(JsonObjectBuilder into) {
        texts.forEach((language, text) -> into.add(language.code(), text));
        return into;
    }
}
