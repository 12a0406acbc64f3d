package nl.leerkring.ui.handlers;

import nl.leerkring.ui.groups.GroupsPart;

/** Ctrl+Shift+G: the groups, their members and the actions to hand over. */
public class GroupsHandler extends ShowPartHandler {

    public GroupsHandler() {
        super(GroupsPart.ID);
    }
}
