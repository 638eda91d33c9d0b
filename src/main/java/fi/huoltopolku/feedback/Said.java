package fi.huoltopolku.feedback;

/** A comment customers wrote, and how many of them wrote the same words (counted once, shown once). */
public record Said(String text, int times) {
}
