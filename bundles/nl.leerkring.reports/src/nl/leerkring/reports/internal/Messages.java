package nl.leerkring.reports.internal;

import org.eclipse.osgi.util.NLS;

/** Texts in reports and spreadsheets: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.reports.internal.messages";

    public static String Csv_Group;
    public static String Csv_Session;
    public static String Csv_Agreed;
    public static String Csv_Description;
    public static String Csv_Owner;
    public static String Csv_Due;
    public static String Csv_Status;
    public static String Csv_CarriedOver;
    public static String Csv_Outcome;
    public static String Csv_Learning;
    public static String Csv_NextSession;
    public static String Report_Present;
    public static String Report_Absent;
    public static String Report_Guests;
    public static String Report_Actions;
    public static String Report_Reviewed;
    public static String Report_Step;
    public static String Report_Time;
    public static String Report_Chosen;
    public static String Report_NoActions;
    public static String Report_LeftOut;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
