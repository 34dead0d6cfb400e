package entente.calibration;

import java.time.LocalDate;
import java.util.List;

/**
 * The time the derived numbers are for (the scenario's period) and the dated changes that split
 * it; claims are weighed by how far their date lies from the part of it they inform
 * (docs/calibration.md, "Time"). {@link #NONE}: no period, every claim counts in full.
 */
public record Period(LocalDate start, LocalDate end, List<DatedChange> changes) {
    public static final Period NONE = new Period(null, null, List.of());

    public boolean bounded() {
        return start != null && end != null;
    }
}
