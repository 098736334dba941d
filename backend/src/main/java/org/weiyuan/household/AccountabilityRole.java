package org.weiyuan.household;

/** What a staff member did on a file, for which they answer (谁调查、谁登记、谁审核、谁负责). */
public enum AccountabilityRole {
    /** 登记: registered the file. */
    REGISTERED,
    /** 调查: made a home visit of the file (入户核查). */
    INVESTIGATED,
    /** 审核: approved the file. */
    APPROVED,
    /** 复核: confirmed or corrected it on a re-check before it was found ineligible. */
    RECHECKED
}
