package nl.leerkring.ui;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;

import nl.leerkring.core.StoreAccess;
import nl.leerkring.ui.dialogs.PassphraseDialog;
import nl.leerkring.ui.internal.Messages;

/**
 * Work before the first part: make sure no other Leerkring uses the data folder, and open the
 * encrypted data with the user's passphrase, so no part ever meets a locked database.
 */
public class DataLifeCycle {

    /** Held for the whole run: the lock dies with the process, also after a crash. */
    private static FileChannel lockChannel;
    private static FileLock lock;

    @PostContextCreate
    void openData(StoreAccess access) {
        String data = System.getProperty("leerkring.data");
        if (data != null && !lockDataFolder(Path.of(data))) {
            MessageDialog.openError(null, Messages.Passphrase_Window, Messages.Instance_InUse);
            System.exit(0);
        }
        if (access.state() == StoreAccess.State.OPEN) {
            return;
        }
        // The sample data are made up and unencrypted: the example window opens them without asking.
        if (TryDemo.isDemo() && access.state() == StoreAccess.State.UNENCRYPTED) {
            access.openUnencrypted();
            return;
        }
        int answer = new PassphraseDialog(null, access).open();
        if (answer != Window.OK && answer != PassphraseDialog.LATER) {
            // The user chose to quit: nothing was opened, so nothing is lost.
            System.exit(0);
        }
    }

    /** Takes the data folder's lock; false when another Leerkring holds it. */
    static synchronized boolean lockDataFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            lockChannel = FileChannel.open(folder.resolve("leerkring.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            // A folder that cannot be locked is reported by the store when it opens the database.
            return true;
        }
    }
}
