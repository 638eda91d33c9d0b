package fi.huoltopolku.feedback;

/**
 * A comment customers wrote, and how many of them wrote the same words (counted once, shown once);
 * of those, how many rated what it is about low (1–2: a complaint) and how many high (4–5: praise).
 */
public record Said(String text, int times, int complaints, int praises) {

    /** A comment whose writers' ratings are not known. */
    public Said(String text, int times) {
        this(text, times, 0, 0);
    }
}
