package nl.leerkring.diagram;

/** How wide text is, so boxes fit their words: measured with the real font on screen, estimated headless. */
public interface TextMeasure {

    double width(String text, boolean bold);

    double lineHeight();

    /** An estimate for a sans-serif font of about 10 points, for layouts without a screen. */
    TextMeasure ESTIMATE = new TextMeasure() {
        @Override
        public double width(String text, boolean bold) {
            return text.length() * (bold ? 7.6 : 6.8);
        }

        @Override
        public double lineHeight() {
            return 17;
        }
    };
}
