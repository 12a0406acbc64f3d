package nl.leerkring.diagram;

/** The diagram's colours (as #rrggbb), shared by the screen and the SVG and PNG exports. */
public final class FlowStyle {

    public static final String BACKGROUND = "#ffffff";
    public static final String PHASE_FILL = "#eef3f8";
    public static final String PHASE_LINE = "#b8c7d9";
    public static final String PHASE_TEXT = "#1d3557";
    public static final String STEP_FILL = "#ffffff";
    public static final String STEP_LINE = "#1d3557";
    public static final String STEP_SELECTED = "#fff3c4";
    public static final String STEP_TEXT = "#111111";
    public static final String DETAIL_TEXT = "#555555";
    public static final String EDGE = "#1d3557";
    public static final String FOLLOW_UP = "#b35c00";

    private FlowStyle() {
    }
}
