package nl.leerkring.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.cli.internal.Messages;

/** A command's words: its options ({@code --name value} or {@code --name=value}, or flags) and the rest. */
final class Options {

    /** The words could not be read; the message says why, for the user. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param valued the options that take a value
     * @param flags  the options that take none
     */
    Options(String command, List<String> words, Set<String> valued, Set<String> flags) throws Refused {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                positional.add(word);
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            if (flags.contains(name) && equals < 0) {
                values.put(name, "");
            } else if (valued.contains(name)) {
                String value = equals >= 0 ? word.substring(equals + 1) : i + 1 < words.size() ? words.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw new Refused(NLS.bind(Messages.Cli_MissingValue, name));
                }
                values.put(name, value);
            } else {
                throw new Refused(NLS.bind(Messages.Cli_UnknownOption, command, name));
            }
        }
    }

    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }

    /** Refuses more positional words than the command takes. */
    Options atMost(String command, int count) throws Refused {
        if (positional.size() > count) {
            throw new Refused(NLS.bind(Messages.Cli_TooManyArguments, command, positional.get(count)));
        }
        return this;
    }
}
