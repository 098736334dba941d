package org.weiyuan.services;

/** Orders waiting in one category and district (未满足需求): what the menu lacks. */
public record UnmetDemand(ServiceCategory category, String district, long waiting) { }
