package nl.leerkring.reports.charts;

import java.awt.Color;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A chart drawn as vector graphics into a PDF form (a template), placed in the text flow as an
 * image: it stays sharp at any zoom and its labels stay text.
 */
public final class PdfChart implements ChartCanvas {

    private final PdfTemplate template;
    private final double height;

    private PdfChart(PdfTemplate template, double height) {
        this.template = template;
        this.height = height;
    }

    /**
     * The chart with its title as one element for the document, the given width in points: title
     * and chart cannot be parted by a page break.
     */
    public static Image image(Chart chart, PdfWriter writer, double width) throws BadElementException {
        double height = ChartPainter.height(chart, width, new PdfChart(null, 0), true);
        PdfTemplate template = writer.getDirectContent().createTemplate((float) width, (float) height);
        ChartPainter.paint(chart, new PdfChart(template, height), width, true);
        return Image.getInstance(template);
    }

    @Override
    public void rect(double x, double y, double width, double h, int rgb) {
        if (width > 0 && h > 0) {
            template.setColorFill(new Color(rgb));
            template.rectangle((float) x, (float) (height - y - h), (float) width, (float) h);
            template.fill();
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, int rgb) {
        template.setColorStroke(new Color(rgb));
        template.setLineWidth((float) lineWidth);
        template.moveTo((float) x1, (float) (height - y1));
        template.lineTo((float) x2, (float) (height - y2));
        template.stroke();
    }

    @Override
    public void text(double x, double baseline, String text, double size, boolean bold, Align align, int rgb) {
        BaseFont font = bold ? Helvetica.BOLD : Helvetica.REGULAR;
        template.beginText();
        template.setFontAndSize(font, (float) size);
        template.setColorFill(new Color(rgb));
        int alignment = switch (align) {
            case START -> PdfContentByte.ALIGN_LEFT;
            case MIDDLE -> PdfContentByte.ALIGN_CENTER;
            case END -> PdfContentByte.ALIGN_RIGHT;
        };
        template.showTextAligned(alignment, text, (float) x, (float) (height - baseline), 0);
        template.endText();
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return Helvetica.width(text, size, bold);
    }
}
