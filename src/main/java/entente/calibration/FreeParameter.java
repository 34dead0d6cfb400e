package entente.calibration;

import java.util.List;

/**
 * A number the calibrator may set, within [min, max]; it sets every path in {@code paths}
 * to the same value (e.g. one drill-response coefficient shared by all DPRK test options).
 */
public record FreeParameter(String name, List<String> paths, double min, double max, String note) {}
