package org.weiyuan.security;

/** Masks personal data for roles that do not need it in full. Pure functions. */
public final class Masking {

    private Masking() { }

    /** 身份证号: keep the 6-digit region code and the last 4: 520102********123X. */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** Mobile number: 138****5678. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Chinese name: keep the surname and, for 3+ characters, the last: 王*, 张*华. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int[] cps = name.codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return out.append('*').toString();
        }
        out.append("*".repeat(cps.length - 2));
        return out.appendCodePoint(cps[cps.length - 1]).toString();
    }

    /** Free text such as health details: present but withheld. */
    public static String text(String text) {
        return text == null ? null : "******";
    }
}
