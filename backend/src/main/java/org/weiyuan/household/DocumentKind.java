package org.weiyuan.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of evidence a household file takes (证明材料). */
@Schema(name = "EvidenceDocumentKind")
public enum DocumentKind {
    /** 收入证明 */
    INCOME_PROOF,
    /** 诊断证明 / 病历 */
    DIAGNOSIS,
    /** 残疾证 */
    DISABILITY_CARD,
    /** 下岗、失业证明 */
    LAYOFF_PAPER,
    /** 录取通知书 */
    ADMISSION_LETTER,
    /** 入户照片: a photo staff took on a home visit (入户核查), kept with the file's documents */
    VISIT_PHOTO,
    /** 其他 */
    OTHER
}
