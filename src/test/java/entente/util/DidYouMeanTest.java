package entente.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions for mistyped names: edit distance, case-blind, only when near. */
class DidYouMeanTest {
    private static final List<String> TYPES = List.of("JOINT_EXERCISE", "EXERCISE_SUSPENSION", "MISSILE_TEST",
            "NUCLEAR_TEST", "SUMMIT", "SANCTIONS");

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(3, DidYouMean.distance("kitten", "sitting", 10));
        assertEquals(0, DidYouMean.distance("same", "same", 10));
        assertEquals(4, DidYouMean.distance("", "four", 10));
        assertEquals(2, DidYouMean.distance("abcdef", "abcxyz", 1), "stops early once beyond the limit");
    }

    @Test
    void suggestsTheNearestNameIgnoringCase() {
        assertEquals("; did you mean 'MISSILE_TEST'?", DidYouMean.hint("MISSLE_TEST", TYPES));
        assertEquals("; did you mean 'SUMMIT'?", DidYouMean.hint("summit", TYPES));
        assertEquals("; did you mean 'PRK'?", DidYouMean.hint("PRC", List.of("USA", "CHN", "PRK", "RUS")));
    }

    @Test
    void listsTiesAndStaysQuietWhenNothingIsNear() {
        assertEquals("; did you mean 'KOR' or 'JOR'?", DidYouMean.hint("XOR", List.of("KOR", "JOR", "USA")));
        assertEquals("", DidYouMean.hint("INVASION", TYPES));
        assertEquals("", DidYouMean.hint("", TYPES));
        assertEquals(List.of(), DidYouMean.nearest("MISSILE_TEST", List.of("MISSILE_TEST")), "never the name itself");
    }
}
