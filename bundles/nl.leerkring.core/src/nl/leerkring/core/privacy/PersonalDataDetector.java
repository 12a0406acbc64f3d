package nl.leerkring.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like personal data in case text, so the facilitator can replace it by a code or a
 * placeholder before it is stored: a citizen service number (BSN, checked with the 11-test), a date of
 * birth, a phone number, an e-mail address, or a full name. It errs on the side of few false alarms
 * on ordinary Dutch sentences: dates count only near words about birth, names only when they start
 * with a common first name.
 */
public final class PersonalDataDetector {

    /** What was found, where, and a neutral replacement to offer. */
    public record Finding(Kind kind, int start, int end, String text, String replacement) {
    }

    public enum Kind {
        BSN, BIRTH_DATE, PHONE, EMAIL, FULL_NAME
    }

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)(?<!\\d[.,-])(\\d{4}[ .]?\\d{2}[ .]?\\d{3}|\\d{9})(?!\\d|[.,-]\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d])((\\+|00)31[ -]?\\(?0?\\)?[ -]?[1-9]([ -]?\\d){8}|0[1-9]([ -]?\\d){8})(?![\\d])");
    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            + "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
    private static final Pattern DATE = Pattern.compile("(?i)(?<!\\d)(\\d{1,2}[-/.]\\d{1,2}[-/.](19|20)\\d{2}"
            + "|(19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2} (" + MONTHS + ")\\.? (19|20)\\d{2})(?!\\d)");
    private static final Pattern BIRTH_CONTEXT = Pattern.compile("(?i)(geboren|geb\\.|geboortedatum|geb\\b|d\\.o\\.b|born)");
    private static final int BIRTH_CONTEXT_DISTANCE = 25;
    private static final Pattern NAME = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+)\\s+((?:(?i:van|de|der|den|het|ten|ter|te|el|al|ben|op|in)\\s+){0,3})(\\p{Lu}[\\p{L}'-]{1,})");

    /** Common first names in the Netherlands (boys and girls, several origins), lower case. */
    private static final Set<String> FIRST_NAMES = Set.of("jan", "piet", "kees", "henk", "gerrit", "willem", "johan",
            "peter", "pieter", "hans", "marco", "mark", "martijn", "bas", "tim", "tom", "thomas", "daan", "sem", "lucas",
            "levi", "finn", "noah", "liam", "luuk", "milan", "jesse", "bram", "thijs", "ruben", "lars", "stijn", "jeroen",
            "erik", "dennis", "kevin", "jasper", "niels", "sander", "wouter", "michiel", "joost", "rob", "robert",
            "richard", "frank", "paul", "ahmed", "mohammed", "mohamed", "mustafa", "youssef", "yusuf", "ibrahim", "ali",
            "omar", "hamza", "adam", "mehmet", "emre", "burak", "anna", "emma", "julia", "sophie", "sanne", "lisa",
            "eva", "sara", "sarah", "fleur", "lotte", "femke", "anouk", "iris", "noor", "tess", "zoë", "zoe", "mila",
            "nina", "lieke", "maud", "esther", "marieke", "monique", "linda", "petra", "ingrid", "sandra", "wendy",
            "annemiek", "els", "ria", "truus", "fatima", "fatma", "khadija", "aisha", "ayse", "elif", "zeynep", "yasmina",
            "yasmine", "nadia", "samira", "naima", "priya", "shanti", "kim", "jessica", "chantal", "demi", "britt",
            "chris", "dewi", "joyce", "maria", "marie", "johanna", "cornelia", "hendrik", "jacob", "jacobus", "johannes");

    /** Everything that looks like personal data, in order of appearance. */
    public List<Finding> find(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return findings;
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            findings.add(new Finding(Kind.EMAIL, m.start(), m.end(), m.group(), "[e-mail]"));
        }
        m = NINE_DIGITS.matcher(text);
        while (m.find()) {
            if (isBsn(m.group(1).replaceAll("[ .]", ""))) {
                findings.add(new Finding(Kind.BSN, m.start(1), m.end(1), m.group(1), "[BSN]"));
            }
        }
        m = PHONE.matcher(text);
        while (m.find()) {
            if (!overlaps(findings, m.start(1), m.end(1))) {
                findings.add(new Finding(Kind.PHONE, m.start(1), m.end(1), m.group(1), "[telefoon]"));
            }
        }
        m = DATE.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - BIRTH_CONTEXT_DISTANCE);
            if (BIRTH_CONTEXT.matcher(text.substring(from, m.start())).find() && !overlaps(findings, m.start(), m.end())) {
                findings.add(new Finding(Kind.BIRTH_DATE, m.start(), m.end(), m.group(), "[geboortedatum]"));
            }
        }
        m = NAME.matcher(text);
        int from = 0;
        // A code per person, not initials: initials and a case together can point to one family.
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        while (m.find(from)) {
            if (FIRST_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                String code = codes.computeIfAbsent(m.group(), name -> "[persoon " + (char) ('A' + codes.size() % 26) + "]");
                findings.add(new Finding(Kind.FULL_NAME, m.start(), m.end(), m.group(), code));
                from = m.end();
            } else {
                // "Moeder Fatima El Amrani": the next capitalised word may start the name.
                from = m.end(1);
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /** The text with every finding replaced by its neutral replacement. */
    public String replaceAll(String text) {
        StringBuilder result = new StringBuilder(text);
        List<Finding> findings = new ArrayList<>(find(text));
        findings.sort(Comparator.comparingInt(Finding::start).reversed());
        int lastStart = Integer.MAX_VALUE;
        for (Finding finding : findings) {
            if (finding.end() <= lastStart) {
                result.replace(finding.start(), finding.end(), finding.replacement());
                lastStart = finding.start();
            }
        }
        return result.toString();
    }

    /** The Dutch "11-proef" for a BSN: weights 9..2 and -1; the sum is a multiple of 11, not 0. */
    public static boolean isBsn(String digits) {
        if (!digits.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }

    private static boolean overlaps(List<Finding> findings, int start, int end) {
        return findings.stream().anyMatch(f -> f.start() < end && start < f.end());
    }
}
