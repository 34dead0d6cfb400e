package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers as the window shows them. */
class FormatTest {
    @Test
    void changesKeepTwoSignificantDigitsWhenSmall() {
        assertEquals("+0.12", Format.change(0.1234));
        assertEquals("−4.09", Format.change(-4.088));
        assertEquals("+0.0080", Format.change(0.008));
        assertEquals("+0.00092", Format.change(0.00092));
        assertEquals("0.00", Format.change(0));
        assertEquals("0.00", Format.change(1e-7));
    }

    @Test
    void valuesHaveATrueMinusAndNoMinusZero() {
        assertEquals("−0.01", Format.value(-0.0123));
        assertEquals("0.00", Format.value(-0.001));
        assertEquals("6.67", Format.value(6.673));
    }
}
