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
    public static String Group_Title;
    public static String Group_Period;
    public static String Group_Sessions;
    public static String Group_SessionsNone;
    public static String Group_Date;
    public static String Group_Session;
    public static String Group_Method;
    public static String Group_Attendance;
    public static String Group_AttendanceValue;
    public static String Group_Figures;
    public static String Group_Made;
    public static String Group_Done;
    public static String Group_Open;
    public static String Group_CarriedOver;
    public static String Group_NotCarriedOut;
    public static String Group_Dropped;
    public static String Group_Rate;
    public static String Group_Reasons;
    public static String Group_ReasonsNone;
    public static String Group_Learnings;
    public static String Group_LearningsNone;
    public static String Group_CarriedOften;
    public static String Group_CarriedOftenNone;
    public static String Group_CarriedTimes;
    public static String Chart_StatusByMonth;
    public static String Chart_Completion;
    public static String Chart_StepTimes;
    public static String Chart_Preferences;
    public static String Chart_Value;
    public static String Chart_ValueTopics;
    public static String Chart_ValueByMonth;
    public static String Group_Stories;
    public static String Group_StoriesNone;
    public static String Chart_Sessions;
    public static String Group_Preferences;
    public static String Group_PreferencesAll;
    public static String Group_PreferenceLine;
    public static String Chart_Used;
    public static String Chart_Timebox;
    public static String Chart_Open;
    public static String Chart_Done;
    public static String Chart_Minutes;
    public static String Chart_Empty;
    public static String Chart_Numbers;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
