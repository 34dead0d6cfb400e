package entente.scenario;

import java.util.List;
import java.util.regex.Pattern;

/**
 * When the parent named in {@code extends:} is missing or unreadable, the child is still read
 * (against an empty parent) so that all its own problems are reported at once. What only the
 * parent could settle is not reported then: fields the parent would supply, actors it would
 * declare, parameters it would define, and the ids that {@code remove:} and {@code change:}
 * name (those are skipped while merging).
 */
final class ParentlessCheck {
    /** Missing fields inside items the child adds whole are its own mistakes; others the parent fills. */
    private static final Pattern OWN_ITEM = Pattern.compile("(events|actions|changes|treaties)[.\\[].*");
    private static final List<String> NEEDS_PARENT = List.of("unknown actor", "a scenario needs at least two actors",
            "the default ", "no parameter '", "expected exactly two actors");

    private ParentlessCheck() {}

    /** Removes, in place, the problems of a child read without its parent that the parent could have settled. */
    static void dropWhatNeedsTheParent(List<Problem> readProblems) {
        readProblems.removeIf(ParentlessCheck::needsParent);
    }

    private static boolean needsParent(Problem p) {
        if (p.message().startsWith("missing field")) {
            return !OWN_ITEM.matcher(p.field()).matches();
        }
        return NEEDS_PARENT.stream().anyMatch(p.message()::startsWith);
    }
}
