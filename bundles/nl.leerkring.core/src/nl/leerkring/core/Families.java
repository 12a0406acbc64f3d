package nl.leerkring.core;

import nl.leerkring.core.internal.Messages;
import nl.leerkring.model.MethodFamily;

/** The names of method families in the user's language. */
public final class Families {

    private Families() {
    }

    public static String name(MethodFamily family) {
        return switch (family) {
        case ACTIELEREN -> Messages.Family_ACTIELEREN;
        case INTERVISIE -> Messages.Family_INTERVISIE;
        case WAARDEREND -> Messages.Family_WAARDEREND;
        case CASUSBESPREKING -> Messages.Family_CASUSBESPREKING;
        case BORDSESSIE -> Messages.Family_BORDSESSIE;
        case REFLECTIE -> Messages.Family_REFLECTIE;
        case COMMUNITY -> Messages.Family_COMMUNITY;
        case OVERIG -> Messages.Family_OVERIG;
        case ACTIEONDERZOEK -> Messages.Family_ACTIEONDERZOEK;
        case LEREN_VAN_INCIDENTEN -> Messages.Family_LEREN_VAN_INCIDENTEN;
        };
    }
}
