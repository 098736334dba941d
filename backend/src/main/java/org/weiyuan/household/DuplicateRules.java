package org.weiyuan.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Duplicate candidates (疑似重复建档) between household files. Keys are normalised here and hashed
 * by the caller's keyed HMAC (the database holds no plaintext for encrypted data), then compared:
 * the same ID number of anyone in both files; the same name and birth year; the same phone; the
 * same address within the same district. Each reason is reported once per pair of files; staff
 * adjudicate, nothing is decided here.
 */
public final class DuplicateRules {

    /** Why two files look like one household or one person twice. */
    @Schema(name = "DuplicateReason")
    public enum Reason { SAME_ID_NUMBER, SAME_NAME_AND_BIRTH, SAME_PHONE, SAME_ADDRESS }

    /** A person's keys: hashed ID number (may be null) and hashed name + birth year. */
    public record Person(String name, String idIndex, String nameBirthIndex) { }

    /** A file's keys. */
    public record Facts(UUID householdId, String phoneIndex, String addressIndex, List<Person> people) { }

    /** A candidate: the other file, the reason, and which person it concerns (a name, never a number). */
    public record Candidate(UUID otherHouseholdId, Reason reason, String detail) { }

    private DuplicateRules() { }

    /** Full-width to half-width, no spaces or punctuation, lower case: "花果园 1栋" = "花果园1栋". */
    static String fold(String s) {
        if (s == null) {
            return null;
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase()
                .replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]", "");
        return folded.isEmpty() ? null : folded;
    }

    /** The name + birth-year key, hashed. */
    public static String nameBirthKey(String name, int birthYear, UnaryOperator<String> hmac) {
        return hmac.apply("nb|" + fold(name) + "|" + birthYear);
    }

    /** Mobile numbers compared by their 11 digits (a +86 prefix or spaces do not make a new number); null if none. */
    public static String phoneKey(String phone, UnaryOperator<String> hmac) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : hmac.apply("ph|" + digits);
    }

    /** The street address within its district; null without a street address. */
    public static String addressKey(String district, String address, UnaryOperator<String> hmac) {
        String a = fold(address);
        return a == null ? null : hmac.apply("ad|" + fold(district) + "|" + a);
    }

    /** Candidates between {@code mine} and each of {@code others} (itself skipped). */
    public static List<Candidate> candidates(Facts mine, List<Facts> others) {
        List<Candidate> out = new ArrayList<>();
        for (Facts other : others) {
            if (other.householdId().equals(mine.householdId())) {
                continue;
            }
            String byId = shared(mine, other, true);
            if (byId != null) {
                out.add(new Candidate(other.householdId(), Reason.SAME_ID_NUMBER, byId));
            }
            String byNameBirth = shared(mine, other, false);
            if (byNameBirth != null) {
                out.add(new Candidate(other.householdId(), Reason.SAME_NAME_AND_BIRTH, byNameBirth));
            }
            if (mine.phoneIndex() != null && mine.phoneIndex().equals(other.phoneIndex())) {
                out.add(new Candidate(other.householdId(), Reason.SAME_PHONE, null));
            }
            if (mine.addressIndex() != null && mine.addressIndex().equals(other.addressIndex())) {
                out.add(new Candidate(other.householdId(), Reason.SAME_ADDRESS, null));
            }
        }
        return out;
    }

    /** The name of the first person of {@code mine} found in {@code other} by ID (or by name and birth), else null. */
    private static String shared(Facts mine, Facts other, boolean byId) {
        for (Person p : mine.people()) {
            String key = byId ? p.idIndex() : p.nameBirthIndex();
            if (key == null) {
                continue;
            }
            for (Person q : other.people()) {
                if (Objects.equals(key, byId ? q.idIndex() : q.nameBirthIndex())) {
                    return p.name();
                }
            }
        }
        return null;
    }
}
