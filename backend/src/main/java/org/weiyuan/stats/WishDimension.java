package org.weiyuan.stats;

/** What wishes are counted by: 状态, or 时长 (age since creation, {@link AgeBucket}). */
public enum WishDimension { STATUS, AGE }
