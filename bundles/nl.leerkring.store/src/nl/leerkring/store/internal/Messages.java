package nl.leerkring.store.internal;

import org.eclipse.osgi.util.NLS;

/** The store's messages for the user, from messages.properties (Dutch) and messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.store.internal.messages";

    public static String Store_InUse;
    public static String Store_OpenFailed;
    public static String Store_TooNew;
    public static String Store_SchemaAltered;
    public static String Store_WriteFailed;
    public static String Store_ReadFailed;
    public static String Store_Busy;
    public static String Store_ConnectionLost;
    public static String Store_DiskFull;
    public static String Store_LoginRefused;
    public static String Store_WrongPassphrase;
    public static String Store_Locked;
    public static String Store_NotAllowed;
    public static String Store_NotAllowed_Action;
    public static String Store_NotAllowed_Protocol;
    public static String Store_NotAllowed_Session;
    public static String Store_NotAllowed_Group;
    public static String Store_NotEncrypted;
    public static String Store_Missing;
    public static String Store_Damaged;
    public static String Store_DamagedSinceBackup;
    public static String Store_BackupFailed;
    public static String Store_Closed;
    public static String Backups_Days;
    public static String Backups_Weeks;
    public static String Backups_InsideDatabase;
    public static String Backups_FolderUnusable;
    public static String Backups_NotSaved;
    public static String Store_RestoreFailed;
    public static String Store_CopyLeft;
    public static String Store_ActionChanged;
    public static String Store_SessionChanged;
    public static String Store_DraftSource;
    public static String Store_NotATeamUrl;
    public static String Store_PasswordInUrl;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
