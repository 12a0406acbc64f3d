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

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.StoreAccess;
import nl.leerkring.core.StoreException;
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
    void openData(StoreAccess access, ProtocolLibrary library) {
        String data = System.getProperty("leerkring.data");
        if (data != null && !lockDataFolder(Path.of(data))) {
            MessageDialog.openError(null, Messages.Passphrase_Window, Messages.Instance_InUse);
            System.exit(0);
        }
        if (access.state() == StoreAccess.State.UNENCRYPTED && TryDemo.isDemo()) {
            // The sample data are made up and unencrypted: the example window opens them without asking.
            access.openUnencrypted();
        } else if (access.state() != StoreAccess.State.OPEN) {
            access.prepare();
            int answer = new PassphraseDialog(null, access).open();
            if (answer != Window.OK && answer != PassphraseDialog.LATER) {
                // The user chose to quit: nothing was opened, so nothing is lost.
                System.exit(0);
            }
        }
        // Open now, or (Later) data from before encryption that open as they are.
        openInBackground(library);
    }

    /**
     * Opens the database (Derby's start, the schema check, the day's backup) and reads the methods while
     * the window is being built; the parts' first reads then find them ready. On a thread of its own, not the
     * pool the parts read on: on a two-core laptop that pool has one worker, and the session list
     * would wait there behind the methods.
     */
    private static void openInBackground(ProtocolLibrary library) {
        Thread.ofPlatform().daemon().name("Leerkring opening").start(() -> {
            try {
                library.protocols();
            } catch (StoreException e) {
                // The session list reads the store too and says what is wrong.
            }
        });
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
