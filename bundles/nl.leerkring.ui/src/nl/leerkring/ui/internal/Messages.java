package nl.leerkring.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the parts and dialogs: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.ui.internal.messages";

    public static String Sessions_New;
    public static String Sessions_Empty;
    public static String Sessions_Column_Date;
    public static String Sessions_Column_Protocol;
    public static String Sessions_Column_Title;
    public static String Sessions_Column_Next;
    public static String NewSession_Plan;
    public static String Sessions_Column_Group;
    public static String NewSession_Group;
    public static String Sessions_Column_Status;
    public static String Status_PLANNED;
    public static String Status_RUNNING;
    public static String Status_PAUSED;
    public static String Status_DONE;

    public static String NewSession_Title;
    public static String NewSession_Message;
    public static String NewSession_Protocol;
    public static String NewSession_SessionTitle;
    public static String NewSession_SessionTitle_Hint;
    public static String NewSession_Date;
    public static String NewSession_Participants;
    public static String NewSession_Participants_Hint;
    public static String NewSession_Steps;
    public static String NewSession_Start;
    public static String Cancel;

    public static String Run_NoSession;
    public static String Run_StepOf;
    public static String Run_TimerStart;
    public static String Run_TimerPause;
    public static String Run_TimerPlus;
    public static String Run_TimerReset;
    public static String NewSession_Search;
    public static String Run_TimerSound;
    public static String Run_ForFacilitator;
    public static String Run_PersonalData;
    public static String Run_Replace;
    public static String Privacy_BSN;
    public static String Privacy_BirthDate;
    public static String Privacy_Phone;
    public static String Privacy_Email;
    public static String Privacy_FullName;
    public static String Run_ActiveRoles;
    public static String Run_Add;
    public static String Run_Remove;
    public static String Run_Choose;
    public static String Run_Description;
    public static String Run_Owner;
    public static String Run_Due;
    public static String Run_NextSession;
    public static String Run_Previous;
    public static String Run_Next;
    public static String Run_Close;
    public static String Run_Pause;
    public static String Run_EditTitle;
    public static String Run_EditQuestion;
    public static String Run_EditNeedsText;
    public static String Shortcuts_Title;
    public static String Presenter_Title;
    public static String Run_PrivacyScreen;
    public static String Run_Turn;
    public static String Run_NextTurn;
    public static String Column_Author;
    public static String Run_Skip;
    public static String Run_SkipTitle;
    public static String Run_SkipQuestion;
    public static String Run_SkipNeedsReason;
    public static String Run_CloseConfirm_Title;
    public static String Run_CloseConfirm_Message;
    public static String Run_AgreedActions;
    public static String Run_Done;
    public static String Run_Summary;
    public static String Column_Text;
    public static String Column_Owner;
    public static String Column_Due;
    public static String Column_Step;
    public static String Column_Kind;
    public static String Capture_Count;
    public static String Capture_Min;

    public static String Protocols_Column_Name;
    public static String Protocols_Column_Family;
    public static String Protocols_Column_Minutes;
    public static String Protocols_Column_Version;
    public static String Protocols_Import;
    public static String Protocols_Export;
    public static String Protocols_Retire;
    public static String Protocols_Details;
    public static String Protocols_Origin_SOURCES;
    public static String Protocols_Origin_LITERATURE;
    public static String Protocols_Origin_INFERRED;
    public static String Protocols_Imported;
    public static String Protocols_Exported;
    public static String Protocols_Retired;
    public static String Protocols_FileError;
    public static String Actions_Overdue;
    public static String Actions_Column_Session;
    public static String Actions_Column_Status;
    public static String Actions_Column_CarriedOver;
    public static String Actions_Outcome;
    public static String Actions_Learning;
    public static String Actions_NewDue;
    public static String Actions_Reason;
    public static String Actions_Me;
    public static String Actions_Show;
    public static String Actions_ShowOpen;
    public static String Actions_ShowAll;
    public static String Actions_Group;
    public static String Actions_AllGroups;
    public static String Actions_Export;
    public static String Actions_ExportFile;
    public static String Actions_ExportFailed;
    public static String Actions_Exported;
    public static String Actions_Update;
    public static String Actions_NewStatus;
    public static String Actions_Apply;
    public static String Actions_Note;
    public static String Actions_AddNote;
    public static String Actions_SelectOne;
    public static String Actions_ChooseStatus;
    public static String Actions_NoneYet;
    public static String Actions_PickYourself;
    public static String Actions_Summary;
    public static String Actions_OutcomeLine;
    public static String Actions_LearningLine;
    public static String Review_Column_Answer;
    public static String Review_Title;
    public static String Review_Done;
    public static String Review_Continue;
    public static String Review_Drop;
    public static String Review_Defer;
    public static String Review_SelectFirst;
    public static String Series_NoGroups;
    public static String Series_Session;
    public static String Series_Made;
    public static String Series_Completed;
    public static String Reminder_Text;
    public static String Reminder_Open;
    public static String Reminder_Close;
    public static String Reminder_Overdue;
    public static String Reminder_DueThisWeek;
    public static String Reminder_And;
    public static String Actions_PersonalData;
    public static String Review_FollowOn;
    public static String Review_Adjust;
    public static String Series_CarriedOften;
    public static String Series_CarriedOftenNone;
    public static String Series_Times;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
