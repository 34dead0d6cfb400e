package entente.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import sim.util.Interval;
import sim.util.Properties;

/**
 * MASON properties given as a list of rows rather than found by reflection on bean methods,
 * so that an inspector can show rows made from data (one per parameter, one per partner).
 * A row with an {@link Interval} domain is a slider, one with a String[] domain a pop-up.
 */
final class Rows extends Properties {
    private static final long serialVersionUID = 1L;

    private record Row(String name, String description, Class<?> type, Supplier<Object> get, Setter set,
                       Object domain) {}

    /** Sets a row's value; returns false to refuse it. */
    private interface Setter {
        boolean set(Object value);
    }

    private final List<Row> rows = new ArrayList<>();

    Rows(Object owner) {
        this.object = owner;
    }

    /** A value to read; numbers are shown to three decimals. */
    void readOnly(String name, String description, Supplier<Object> get) {
        if (get.get() instanceof Number) {
            rows.add(new Row(name, description, double.class,
                    () -> Math.round(((Number) get.get()).doubleValue() * 1000) / 1000.0, null, null));
        } else {
            rows.add(new Row(name, description, String.class, get, null, null));
        }
    }

    /** A slider over [min, max]. */
    void slider(String name, String description, double min, double max, Supplier<Double> get, DoubleConsumer set) {
        rows.add(new Row(name, description, double.class, get::get, v -> {
            double d = ((Number) v).doubleValue();
            if (d < min || d > max) {
                return false;
            }
            set.accept(d);
            return true;
        }, new Interval(min, max)));
    }

    /** A pop-up choosing one of the options by index. */
    void popup(String name, String description, String[] options, IntSupplier get, IntConsumer set) {
        rows.add(new Row(name, description, int.class, get::getAsInt, v -> {
            int i = ((Number) v).intValue();
            if (i < 0 || i >= options.length) {
                return false;
            }
            set.accept(i);
            return true;
        }, options.clone()));
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int index) {
        return valid(index) ? rows.get(index).get().get() : null;
    }

    @Override
    public Object getDomain(int index) {
        return valid(index) ? rows.get(index).domain() : null;
    }

    @Override
    public String getDescription(int index) {
        return valid(index) ? rows.get(index).description() : null;
    }

    @Override
    public boolean isReadWrite(int index) {
        return valid(index) && rows.get(index).set() != null;
    }

    @Override
    public String getName(int index) {
        return valid(index) ? rows.get(index).name() : null;
    }

    @Override
    @SuppressWarnings("rawtypes") // MASON's Properties API declares the raw type
    public Class getType(int index) {
        return valid(index) ? rows.get(index).type() : null;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        if (!isReadWrite(index)) {
            return null;
        }
        try {
            return rows.get(index).set().set(value) ? getValue(index) : null;
        } catch (IllegalArgumentException | ClassCastException e) {
            return null; // MASON beeps and shows the old value
        }
    }

    private boolean valid(int index) {
        return index >= 0 && index < rows.size();
    }
}
