package org.migportal.member.entity;

/** The kinds of market actor a forum brings together. */
public enum ActorType {
    SMALL_PRODUCER, TRADER, PROCESSOR, INPUT_SUPPLIER, LARGE_BUSINESS, GOVERNMENT, RESEARCH, NGO,
    FINANCIAL_SERVICE, ASSOCIATION
}
