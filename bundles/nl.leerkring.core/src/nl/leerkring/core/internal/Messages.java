package nl.leerkring.core.internal;

import org.eclipse.osgi.util.NLS;

/** Messages for rejected input: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.core.internal.messages";

    public static String Rejected_EmptyTitle;
    public static String Rejected_TooLong;
    public static String Rejected_UnknownProtocol;
    public static String Rejected_UnknownSession;
    public static String Rejected_SessionDone;
    public static String Rejected_LastStep;
    public static String Rejected_FirstStep;
    public static String Rejected_NotSkippable;
    public static String Rejected_SkipReason;
    public static String Rejected_EmptyText;
    public static String Rejected_KindNotInStep;
    public static String Rejected_UnknownCode;
    public static String Rejected_CodeTwice;
    public static String Rejected_ChosenMax;
    public static String Rejected_NoSubgroup;
    public static String Rejected_NoMeetings;
    public static String Rejected_TrajectoryNeedsGroup;
    public static String Trajectory_MeetingTitle;
    public static String Trajectory_Progress;
    public static String Trajectory_Next;
    public static String Trajectory_Trial;
    public static String Trajectory_Done;
    public static String Rejected_MaxReached;
    public static String Rejected_NeedsAction;
    public static String Rejected_NotAnAction;
    public static String Rejected_NoOwner;
    public static String Rejected_DueInPast;
    public static String Rejected_ItemNotInSession;
    public static String Rejected_Missing;
    public static String Missing_Kind;
    public static String Missing_KindOf;
    public static String Rejected_NeedsParticipant;
    public static String Rejected_UnknownRole;
    public static String Rejected_InvalidProtocol;
    public static String Rejected_CannotPublish;
    public static String Import_Refused;
    public static String Import_TooLarge;
    public static String Import_NotAProtocol;
    public static String Import_Doctype;
    public static String Import_ExternalReference;
    public static String Import_UnknownNamespace;
    public static String Import_UnknownFeature;
    public static String Import_UnknownType;
    public static String Import_UnresolvedReference;
    public static String Import_IllegalValue;
    public static String Import_NotXml;
    public static String Import_Encoding;
    public static String Import_Unreadable;
    public static String Import_AtLine;
    public static String Import_TextTooLong;
    public static String Preference_KUNST_AFKIJKEN;
    public static String Preference_PARTICIPEREN;
    public static String Preference_KENNIS_VERWERVEN;
    public static String Preference_OEFENEN;
    public static String Preference_ONTDEKKEN;
    public static String Preference_All;
    public static String Valence_POSITIVE;
    public static String Valence_NEGATIVE;
    public static String Valence_DESIRED;
    public static String Valence_NONE;
    public static String Family_ACTIELEREN;
    public static String Family_INTERVISIE;
    public static String Family_WAARDEREND;
    public static String Family_CASUSBESPREKING;
    public static String Family_BORDSESSIE;
    public static String Family_REFLECTIE;
    public static String Family_COMMUNITY;
    public static String Family_OVERIG;
    public static String Family_ACTIEONDERZOEK;
    public static String Family_LEREN_VAN_INCIDENTEN;
    public static String Action_NotAllowed;
    public static String Action_Final;
    public static String Action_NeedsOutcome;
    public static String Action_NeedsReason;
    public static String Action_NeedsDropReason;
    public static String Action_DueInPast;
    public static String Action_DueNextSession;
    public static String Action_NewDue;
    public static String Action_Deferred;
    public static String Action_EmptyNote;
    public static String Action_HandOverClosed;
    public static String Action_HandOverNeedsOwner;
    public static String Action_HandOverNeedsReason;
    public static String Action_HandedOver;
    public static String Action_NotInReview;
    public static String Action_NeedsFollowOn;
    public static String Action_Unanswered;
    public static String Action_FollowOn;
    public static String Action_ReviewOnly;
    public static String Action_NoActionKind;
    public static String Changes_First;
    public static String Changes_Renamed;
    public static String Changes_Description;
    public static String Changes_PhaseAdded;
    public static String Changes_PhaseRemoved;
    public static String Changes_StepAdded;
    public static String Changes_StepRemoved;
    public static String Changes_StepRenamed;
    public static String Changes_Timebox;
    public static String Changes_StepOther;
    public static String Changes_Order;
    public static String Changes_Other;
    public static String Version_Unknown;
    public static String Copy_NameMissing;
    public static String Rejected_OwnerNotParticipant;
    public static String Status_PROPOSED;
    public static String Status_OPEN;
    public static String Status_IN_PROGRESS;
    public static String Status_DONE;
    public static String Status_CLOSED;
    public static String Status_ADJUSTED;
    public static String Status_NOT_CARRIED_OUT;
    public static String Status_CARRIED_OVER;
    public static String Status_CANCELLED;
    public static String Reason_NONE;
    public static String Reason_NO_TIME;
    public static String Reason_NO_ROOM;
    public static String Reason_LACKING_SKILL;
    public static String Reason_NOT_URGENT;
    public static String Reason_NOT_APPLICABLE;
    public static String Reason_SITUATION_CHANGED;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
