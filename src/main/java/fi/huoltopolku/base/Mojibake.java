package fi.huoltopolku.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Text that was UTF-8 read as ISO-8859-1 ("JÃ¤Ã¤hdytin" for "Jäähdytin"), as browsers' forms were
 * until requests without a charset were read as UTF-8 (infra.RequestGuard), put right, but only
 * where that is proven: every character of the text is one ISO-8859-1 byte (what such a reading
 * makes, the C1 controls U+0080–U+009F included), those bytes are valid UTF-8, and they read as
 * other text with a non-ASCII letter in it. Text a person typed that way on purpose is vanishingly
 * rare, while any other text fails the proof: "Café" ("é" alone is no UTF-8), "Ã…" ("…" is no
 * ISO-8859-1 byte), "Jäähdytin" itself.
 */
public final class Mojibake {

    /** Text garbled twice (a garbled form sent back and posted again) takes two rounds; more is no longer proof. */
    private static final int MOST_ROUNDS = 3;

    private Mojibake() {
    }

    /** The text as it was typed when it is proven garbled, else the text itself (the same instance). */
    public static @Nullable String repaired(@Nullable String text) {
        String result = text;
        for (int round = 0; round < MOST_ROUNDS; round++) {
            String once = once(result);
            if (once == null) {
                return result;
            }
            result = once;
        }
        return result;
    }

    /** One round of repair, or null when this text is not proven garbled. */
    static @Nullable String once(@Nullable String text) {
        if (text == null || text.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
        return decoded.equals(text) || decoded.chars().allMatch(c -> c < 0x80) ? null : decoded;
    }
}
