package org.neurula.visualizer.report;

import java.util.Locale;

/** Escaping and number formatting for the report's HTML. */
final class Html {

    /** Shown where a value is missing. */
    static final String NONE = "\u2014";

    private Html() {
    }

    /** {@code text} safe inside an element or a quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole number with thousands separators, e.g. {@code 15,584}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A measured value with up to {@code decimals} decimals and no trailing zeros; NaN as a dash. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return NONE;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221e" : "\u2212\u221e";
        }
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        if (text.indexOf('.') >= 0) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }
}
