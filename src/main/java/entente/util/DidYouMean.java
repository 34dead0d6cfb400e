package entente.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Suggestions for a mistyped name: the known names nearest to it by edit distance
 * (Levenshtein: insertions, deletions and substitutions, each counting one; letter case is
 * ignored). A name counts as near when at most a third of its characters (at least one, at
 * most four) must change; wider guesses mislead more than they help.
 */
public final class DidYouMean {
    private static final int MAX_SUGGESTIONS = 3;

    private DidYouMean() {}

    /** {@code "; did you mean 'X'?"}, {@code "; did you mean 'X' or 'Y'?"}, or "" when nothing is near. */
    public static String hint(String given, Collection<String> known) {
        List<String> near = nearest(given, known);
        if (near.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("; did you mean ");
        for (int i = 0; i < near.size(); i++) {
            sb.append(i == 0 ? "" : i == near.size() - 1 ? " or " : ", ").append('\'').append(near.get(i)).append('\'');
        }
        return sb.append('?').toString();
    }

    /** The known names nearest to {@code given}, closest first (ties in the order given), at most three. */
    public static List<String> nearest(String given, Collection<String> known) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        String g = given.toLowerCase(Locale.ROOT);
        int limit = Math.min(4, Math.max(1, g.length() / 3));
        int best = Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (String k : known) {
            if (k.equals(given)) {
                continue;
            }
            int d = distance(g, k.toLowerCase(Locale.ROOT), limit);
            if (d > limit || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                out.clear();
            }
            if (out.size() < MAX_SUGGESTIONS && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Levenshtein distance, or a number above {@code limit} as soon as it must exceed it. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
