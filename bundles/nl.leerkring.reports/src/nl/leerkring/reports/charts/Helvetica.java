package nl.leerkring.reports.charts;

import java.io.IOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * Text widths in Helvetica, the font of the PDF and (as Arial, which has the same widths) of the
 * SVG: the layout of a chart is computed once and lands the same in both.
 */
final class Helvetica {

    static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);

    private Helvetica() {
    }

    static double width(String text, double size, boolean bold) {
        return (bold ? BOLD : REGULAR).getWidthPoint(text, (float) size);
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            // The standard fonts' metrics ship inside OpenPDF: missing means a broken installation.
            throw new IllegalStateException(e);
        }
    }
}
