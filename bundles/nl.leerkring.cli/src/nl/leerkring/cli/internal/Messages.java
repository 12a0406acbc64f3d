package nl.leerkring.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's texts: Dutch in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leerkring.cli.internal.messages";

    public static String Cli_Usage;
    public static String Cli_UnknownCommand;
    public static String Cli_UnknownOption;
    public static String Cli_MissingValue;
    public static String Cli_TooManyArguments;
    public static String Cli_DataOrDb;
    public static String Cli_Demo_Help;
    public static String Cli_Demo_NotEmpty;
    public static String Cli_Demo_Done;
    public static String Cli_Export_Help;
    public static String Cli_Export_NeedsTo;
    public static String Cli_Export_Done;
    public static String Cli_Export_Failed;
    public static String Cli_DbInit_Help;
    public static String Cli_DbInit_NeedsUrl;
    public static String Cli_DbInit_Created;
    public static String Cli_DbInit_Upgraded;
    public static String Cli_DbInit_Current;
    public static String Cli_DbMove_Help;
    public static String Cli_DbMove_NeedsBoth;
    public static String Cli_NoData;
    public static String Cli_DbMove_Line;
    public static String Cli_DbMove_Nothing;
    public static String Cli_Db_Help;
    public static String Cli_NoProtocols;
    public static String Cli_Password;
    public static String Cli_Retention_Help;
    public static String Cli_Retention_NeedsGroup;
    public static String Cli_Retention_BadMonths;
    public static String Cli_Retention_Done;
    public static String Cli_Erase_Help;
    public static String Cli_Erase_NeedsPerson;
    public static String Cli_Erase_Done;
    public static String Cli_Passphrase_Help;
    public static String Cli_Passphrase_Changed;
    public static String Cli_Passphrase_Encrypted;
    public static String Cli_Backup_Help;
    public static String Cli_Backup_Done;
    public static String Cli_Backups_Help;
    public static String Cli_Backups_Settings;
    public static String Cli_Backups_None;
    public static String Cli_Backups_Unreadable;
    public static String Cli_NotANumber;
    public static String Cli_DbGrant_Help;
    public static String Cli_Actions_Help;
    public static String Cli_Report_Help;
    public static String Cli_Report_BadFormat;
    public static String Cli_Report_NeedsSession;
    public static String Cli_Report_NoGroup;
    public static String Cli_Report_BadDate;
    public static String Cli_Report_BadPeriod;
    public static String Cli_Report_GroupDone;
    public static String Cli_Report_NoSession;
    public static String Cli_Report_Done;
    public static String Cli_Actions_BadFormat;
    public static String Cli_Actions_Done;
    public static String Cli_DbInit_NoRights;
    public static String Cli_DbInit_Rights;
    public static String Cli_DbGrant_NeedsLogin;
    public static String Cli_DbGrant_BadRole;
    public static String Cli_DbGrant_Done;
    public static String Cli_DbGrant_NoPassword;
    public static String Cli_Restore_Help;
    public static String Cli_Restore_NeedsBackup;
    public static String Cli_Restore_NotABackup;
    public static String Cli_Restore_MovedAside;
    public static String Cli_Restore_Failed;
    public static String Cli_Restore_Done;
    public static String Cli_Check_Help;
    public static String Cli_Check_Sound;
    public static String Cli_Passphrase;
    public static String Cli_NewPassphrase;
    public static String Cli_RepeatPassphrase;
    public static String Cli_PassphraseMismatch;
    public static String Cli_PassphraseNeeded;
    public static String Cli_PassphraseTooShort;
    public static String Cli_Kind_SESSIONS;
    public static String Cli_Kind_ITEMS;
    public static String Cli_Kind_ACTIONS;
    public static String Cli_Kind_PROTOCOL_VERSIONS;
    public static String Cli_Kind_DRAFTS;
    public static String Cli_Kind_RETIRED_PROTOCOLS;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
