package nl.leerkring.store.internal;

import org.eclipse.osgi.util.NLS;

/** Messages for store failures: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.store.internal.messages";

    public static String Store_InUse;
    public static String Store_OpenFailed;
    public static String Store_TooNew;
    public static String Store_WriteFailed;
    public static String Store_ReadFailed;
    public static String Store_ActionChanged;
    public static String Store_DraftSource;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
