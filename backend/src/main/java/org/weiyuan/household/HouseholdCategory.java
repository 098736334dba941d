package org.weiyuan.household;

/** The three categories of hardship household (seed 002), plus "not eligible". */
public enum HouseholdCategory {
    /** 低保户: per-capita income below the local 低保 line. */
    DIBAO,
    /** 低保边缘户: slightly above the line (within the hardship threshold) and in difficulty. */
    DIBAO_MARGINAL,
    /** 意外致困户: hit by disaster or a serious accident, needing long-term help. */
    ACCIDENT_STRICKEN,
    /** Income above the hardship threshold and no accident or disaster: not a hardship household. */
    NOT_ELIGIBLE
}
