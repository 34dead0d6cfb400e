package entente.calibration;

import java.time.LocalDate;

/**
 * A published figure taken as it is (a capability index, defence spending as a share of GDP),
 * with its source, for a scenario number that needs no coding.
 */
public record Figure(String path, double value, String source, LocalDate asOf, String note, String file, int line) {}
