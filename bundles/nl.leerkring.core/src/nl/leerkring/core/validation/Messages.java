package nl.leerkring.core.validation;

import org.eclipse.osgi.util.NLS;

/** Messages of the protocol rules: Dutch in messages.properties, English in messages_en.properties. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.core.validation.messages";

    public static String Validation_NameMissing;
    public static String Validation_GroupSize;
    public static String Validation_NoSteps;
    public static String Validation_PhaseEmpty;
    public static String Validation_IdMissing;
    public static String Validation_DuplicateId;
    public static String Validation_ReservedId;
    public static String Validation_ElementNameMissing;
    public static String Validation_StepTitleMissing;
    public static String Validation_StepInstructionMissing;
    public static String Validation_StepPromptMissing;
    public static String Validation_TimeboxNegative;
    public static String Validation_ReviewNegative;
    public static String Validation_Meeting;
    public static String Validation_RoleNotInProtocol;
    public static String Validation_ActionWithoutOwnerRole;
    public static String Validation_CaptureKindMissing;
    public static String Validation_CaptureCounts;
    public static String Validation_DurationMismatch;
    public static String Validation_FamilyNeedsAction;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
