package org.weiyuan.household;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resident ID-card numbers (居民身份证号码, GB 11643-1999): 17 digits and a check character
 * (0-9 or X) computed by ISO 7064 MOD 11-2. Catches the typos staff make when copying numbers.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() { }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        String upper = id.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(upper.charAt(i)) || upper.charAt(i) > '9') {
                return false;
            }
        }
        try {
            LocalDate.of(Integer.parseInt(upper.substring(6, 10)), Integer.parseInt(upper.substring(10, 12)),
                    Integer.parseInt(upper.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return checkChar(upper.substring(0, 17)) == upper.charAt(17);
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static String normalise(String id) {
        return id == null ? null : id.trim().toUpperCase();
    }
}
