package org.migportal.communication.entity;

/** What the communication was for, from collaborative alliances to entry-points for lobbying. */
public enum CommunicationPurpose {
    NETWORKING, COORDINATION, LOBBYING_ADVOCACY, INFORMATION_SHARING, BUSINESS_DEAL
}
