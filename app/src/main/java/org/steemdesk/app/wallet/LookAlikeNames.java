package org.steemdesk.app.wallet;

import java.util.Collection;
import java.util.Optional;

/**
 * Account names one or two typing slips away from each other (a letter changed, added, dropped, or two swapped:
 * {@code upblt-exchange} for {@code upbit-exchange}). Short names allow one slip only, since among three- to
 * five-letter names two changes reach a different, real account too often to mean a typo.
 */
final class LookAlikeNames {
    /** Names shorter than this allow one slip, longer ones two. */
    static final int TWO_SLIPS_FROM_LENGTH = 6;

    private LookAlikeNames() {
    }

    /** The candidate {@code name} most likely stands for, if one is close enough and not {@code name} itself. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            int allowed = Math.min(name.length(), candidate.length()) < TWO_SLIPS_FROM_LENGTH ? 1 : 2;
            if (Math.abs(name.length() - candidate.length()) > allowed) {
                continue;
            }
            int d = distance(name, candidate);
            if (d <= allowed && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edits (change, insert, delete, swap of neighbours) between two names: the optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
