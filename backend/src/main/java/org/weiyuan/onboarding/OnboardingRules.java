package org.weiyuan.onboarding;

import java.util.random.RandomGenerator;

/**
 * What an assisted worker's account looks like: a username staff can read out over the counter,
 * a one-time password without look-alike characters (no 0/O, 1/l/I), and the name split the way
 * Keycloak's profile wants it (surname as last name).
 */
public final class OnboardingRules {

    static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int PASSWORD_LENGTH = 12;
    /** Lower-case letters, digits, dot, dash, underscore; starts with a letter; as Keycloak stores usernames. */
    public static final String USERNAME_PATTERN = "^[a-z][a-z0-9._-]{2,39}$";

    private OnboardingRules() { }

    /** A one-time password; always holds a lower-case letter, an upper-case letter and a digit. */
    public static String temporaryPassword(RandomGenerator random) {
        while (true) {
            StringBuilder sb = new StringBuilder(PASSWORD_LENGTH);
            for (int i = 0; i < PASSWORD_LENGTH; i++) {
                sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(Character::isLowerCase) && p.chars().anyMatch(Character::isUpperCase)
                    && p.chars().anyMatch(Character::isDigit)) {
                return p;
            }
        }
    }

    /** A username when staff give none: "wy" and eight digits. */
    public static String generatedUsername(RandomGenerator random) {
        return String.format("wy%08d", random.nextInt(100_000_000));
    }

    /** {firstName, lastName} of a Chinese name: the surname (first character) is the last name. */
    public static String[] splitName(String fullName) {
        String name = fullName.strip();
        if (name.codePointCount(0, name.length()) < 2) {
            return new String[] {name, name};
        }
        int surnameEnd = name.offsetByCodePoints(0, 1);
        return new String[] {name.substring(surnameEnd), name.substring(0, surnameEnd)};
    }

    /** A placeholder address under a reserved domain (RFC 2606 {@code .invalid}): nothing is ever sent there. */
    public static String placeholderEmail(String username, String domain) {
        return username + "@" + domain;
    }
}
