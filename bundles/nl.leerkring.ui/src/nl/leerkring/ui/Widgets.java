package nl.leerkring.ui;

import org.eclipse.swt.widgets.Widget;

/** Names for widgets: a CSS class for the look, and a stable id that UI tests find widgets by. */
public final class Widgets {

    /** The key e4's CSS engine reads a widget's class from. */
    public static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";

    /** The key under which a widget carries its test id. */
    public static final String ID = "nl.leerkring.widget";

    private Widgets() {
    }

    public static <W extends Widget> W id(W widget, String id) {
        widget.setData(ID, id);
        return widget;
    }

    public static <W extends Widget> W css(W widget, String cssClass) {
        widget.setData(CSS_CLASS, cssClass);
        return widget;
    }
}
