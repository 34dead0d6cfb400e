package entente.calibration;

import java.util.List;
import java.util.Objects;

/**
 * The coded evidence of one folder: the coding frame (which states claims may name, the two
 * poles hedging is measured between, the period and its dated changes), every claim in file
 * order, and the published figures.
 *
 * @param sourcesChecked true when the source documents themselves were found and the citation
 *                       index compared with them (citations are always checked against the index)
 */
public record Evidence(List<String> actors, List<String> poles, List<Claim> claims, boolean sourcesChecked,
                       Period period, List<Figure> figures) {
    /** Evidence without a period or figures: every claim counts in full. */
    public Evidence(List<String> actors, List<String> poles, List<Claim> claims, boolean sourcesChecked) {
        this(actors, poles, claims, sourcesChecked, Period.NONE, List.of());
    }

    /** The actor's claims on a dimension, any target. */
    public List<Claim> about(String actor, Dimension d) {
        return claims.stream().filter(c -> c.actor().equals(actor) && c.dimension() == d).toList();
    }

    /** The actor's claims on a dimension about one target. */
    public List<Claim> about(String actor, Dimension d, String target) {
        return about(actor, d).stream().filter(c -> Objects.equals(c.target(), target)).toList();
    }
}
