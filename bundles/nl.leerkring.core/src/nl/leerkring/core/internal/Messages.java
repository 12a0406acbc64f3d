package nl.leerkring.core.internal;

import org.eclipse.osgi.util.NLS;

/** Messages for rejected input: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.core.internal.messages";

    public static String Rejected_EmptyTitle;
    public static String Rejected_TooLong;
    public static String Rejected_NoSteps;
    public static String Rejected_UnknownProtocol;
    public static String Rejected_UnknownSession;
    public static String Rejected_SessionDone;
    public static String Rejected_LastStep;
    public static String Rejected_FirstStep;
    public static String Rejected_EmptyText;
    public static String Rejected_KindNotInStep;
    public static String Rejected_MaxReached;
    public static String Rejected_NeedsAction;
    public static String Rejected_NotAnAction;
    public static String Rejected_NoOwner;
    public static String Rejected_DueInPast;
    public static String Rejected_ItemNotInSession;
    public static String Rejected_Missing;
    public static String Missing_Kind;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
