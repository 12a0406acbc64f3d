package nl.leerkring.ui;

import org.eclipse.e4.ui.model.application.MApplication;

import jakarta.annotation.PostConstruct;

/** Puts the one {@link ActiveSession} into the application context before any part is created. */
public class ActiveSessionAddon {

    @PostConstruct
    void init(MApplication application) {
        application.getContext().set(ActiveSession.class, new ActiveSession());
    }
}
