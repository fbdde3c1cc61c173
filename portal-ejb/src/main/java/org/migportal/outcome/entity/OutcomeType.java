package org.migportal.outcome.entity;

/** The kinds of change a forum brings about in its market system. */
public enum OutcomeType {
    /** A policy or regulation changed, e.g. a double tax on livestock removed. */
    POLICY_CHANGED,
    /** A supporting service improved, e.g. extension or veterinary services. */
    SERVICE_IMPROVED,
    /** A new business arrangement between members, e.g. a supply contract. */
    NEW_BUSINESS_ARRANGEMENT,
    MARKET_ACCESS,
    PRICE_INCOME,
    KNOWLEDGE_SKILLS,
    OTHER
}
