package org.weiyuan.stats;

/** What waiting service orders (unmet demand, 未满足需求) are counted by: 服务类别 or 区县. */
public enum DemandDimension { CATEGORY, DISTRICT }
