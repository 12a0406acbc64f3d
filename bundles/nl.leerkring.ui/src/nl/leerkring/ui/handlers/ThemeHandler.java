package nl.leerkring.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;

import jakarta.inject.Named;

/**
 * Beeld › Standaard, Grote letters, Hoog contrast: switches the CSS theme of the whole window,
 * the facilitator's view included, and keeps the choice for the next start.
 */
public class ThemeHandler {

    static final String THEME = "nl.leerkring.ui.commandparameter.theme";

    @Execute
    public void execute(@Named(THEME) String themeId, IThemeEngine engine) {
        engine.setTheme(themeId, true);
    }

    /** Ticks the menu item of the theme in use. */
    @CanExecute
    public boolean canExecute(@Optional MHandledMenuItem item, @Optional IThemeEngine engine) {
        if (engine == null) {
            return false;
        }
        if (item != null && engine.getActiveTheme() != null) {
            String active = engine.getActiveTheme().getId();
            item.getParameters().stream().filter(parameter -> THEME.equals(parameter.getName())).findFirst()
                    .ifPresent(parameter -> item.setSelected(active.equals(parameter.getValue())));
        }
        return true;
    }
}
