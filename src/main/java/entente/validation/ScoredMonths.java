package entente.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The months a backtest scores: the calendar months that lie wholly inside the scenario's
 * period and inside the record's coverage, each with its split (in-sample, held-out, neither).
 */
public final class ScoredMonths {
    private final List<YearMonth> months;
    private final List<Split> splits;

    private ScoredMonths(List<YearMonth> months, List<Split> splits) {
        this.months = List.copyOf(months);
        this.splits = List.copyOf(splits);
    }

    /** Whole months of start .. end within the declaration's coverage; empty if there are none. */
    public static ScoredMonths of(LocalDate start, LocalDate end, Holdout holdout) {
        List<YearMonth> months = new ArrayList<>();
        List<Split> splits = new ArrayList<>();
        YearMonth first = YearMonth.from(start.getDayOfMonth() == 1 ? start : start.plusMonths(1));
        for (YearMonth m = first; !m.atEndOfMonth().isAfter(end); m = m.plusMonths(1)) {
            if (!m.isBefore(holdout.first()) && !m.isAfter(holdout.last())) {
                months.add(m);
                splits.add(holdout.split(m));
            }
        }
        return new ScoredMonths(months, splits);
    }

    public List<YearMonth> months() {
        return months;
    }

    public int size() {
        return months.size();
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    public Split split(int k) {
        return splits.get(k);
    }

    /** Indices of every scored month. */
    public int[] all() {
        return IntStream.range(0, months.size()).toArray();
    }

    /** Indices of the months of a split. */
    public int[] indices(Split split) {
        return IntStream.range(0, months.size()).filter(k -> splits.get(k) == split).toArray();
    }

    /** Indices of the months of a calendar year. */
    public int[] indices(int year) {
        return IntStream.range(0, months.size()).filter(k -> months.get(k).getYear() == year).toArray();
    }

    /** The years with at least one scored month, in order. */
    public List<Integer> years() {
        return months.stream().map(YearMonth::getYear).distinct().toList();
    }

    public boolean contains(LocalDate day) {
        return months.contains(YearMonth.from(day));
    }

    /** Launch days per scored month; days outside them are not counted. */
    public double[] counts(Collection<LocalDate> days) {
        double[] c = new double[months.size()];
        for (LocalDate d : days) {
            int k = months.indexOf(YearMonth.from(d));
            if (k >= 0) {
                c[k]++;
            }
        }
        return c;
    }

    /** Every day of the scored months, in order. */
    public List<LocalDate> days() {
        List<LocalDate> out = new ArrayList<>();
        for (YearMonth m : months) {
            for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
                out.add(d);
            }
        }
        return out;
    }

    public LocalDate firstDay() {
        return months.get(0).atDay(1);
    }

    public LocalDate lastDay() {
        return months.get(months.size() - 1).atEndOfMonth();
    }

    /** "2021-10..2023-04". */
    @Override
    public String toString() {
        return months.isEmpty() ? "no months" : months.get(0) + ".." + months.get(months.size() - 1);
    }
}
