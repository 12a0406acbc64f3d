package nl.leerkring.calendar.internal;

import org.eclipse.osgi.util.NLS;

/** Texts in exported calendars: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.calendar.internal.messages";

    public static String Calendar_Group;
    public static String Calendar_Session;
    public static String Calendar_Status;
    public static String Calendar_NextSession;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
