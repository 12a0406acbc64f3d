package nl.leerkring.core;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * How long case material is kept (AVG): per group, the number of months after a session that its
 * case texts, open questions and ideas are kept; then they are erased, while the session, its
 * actions, their outcomes and the learnings stay. Every erasure is recorded (what and when, no text).
 */
public interface Retention {

    /** What a person's name becomes when it is erased. */
    String FORMER_MEMBER = "voormalig lid";

    /** The group's term in months, if it has one. */
    OptionalInt months(String group);

    /** Sets the group's term; null: texts are kept until erased by hand. */
    void setMonths(String group, Integer months);

    /** Erases the texts whose term ended before {@code today}; returns how many items were erased. */
    int eraseExpired(LocalDate today);

    /** Replaces a person's name in every record by {@link #FORMER_MEMBER}; returns how many records changed. */
    int erasePerson(String name);
}
