package entente.output;

import java.awt.Color;

/**
 * How a colour looks to a dichromat, and how far apart two colours look.
 *
 * <p>The simulation matrices are those of Machado, Oliveira and Fernandes (2009), "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE Transactions on
 * Visualization and Computer Graphics 15(6), 1291-1298, for severity 1.0 (protanopia,
 * deuteranopia, tritanopia) as the authors publish them with the paper; they act on linear
 * RGB. Distances are CIE 1976 ΔE*ab in CIELAB (D65 white), where about 2.3 is a just
 * noticeable difference and lines of a chart want 20 or more to be told apart at a glance.
 */
enum ColourVision {
    PROTANOPIA(new double[][] {
        {0.152286, 1.052583, -0.204868},
        {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {
        {0.367322, 0.860646, -0.227968},
        {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {
        {1.255528, -0.076749, -0.178779},
        {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}});

    private final double[][] m;

    ColourVision(double[][] m) {
        this.m = m;
    }

    /** The colour as this deficiency sees it (alpha dropped). */
    Color simulate(Color c) {
        double[] lin = linear(c);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            double v = m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2];
            out[i] = (int) Math.round(255 * encode(Math.min(1, Math.max(0, v))));
        }
        return new Color(out[0], out[1], out[2]);
    }

    /** CIE76 ΔE*ab between two colours. */
    static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    /** CIELAB L*, a*, b* of an sRGB colour under D65. */
    static double[] lab(Color c) {
        double[] l = linear(c);
        double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
        double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double[] linear(Color c) {
        return new double[] {decode(c.getRed() / 255.0), decode(c.getGreen() / 255.0), decode(c.getBlue() / 255.0)};
    }

    /** The sRGB transfer function and its inverse. */
    private static double decode(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double encode(double v) {
        return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }
}
