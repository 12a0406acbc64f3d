package nl.leerkring.diagram;

import org.eclipse.osgi.util.NLS;

/** Texts in diagrams: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.diagram.messages";

    public static String Diagram_Minutes;
    public static String Diagram_Round;
    public static String Diagram_Optional;
    public static String Diagram_FollowUp;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
