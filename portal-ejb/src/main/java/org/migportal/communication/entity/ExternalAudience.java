package org.migportal.communication.entity;

/** Who an external communication reached: the guidance's key stakeholders who are not members. */
public enum ExternalAudience {
    GOVERNMENT, LARGE_COMPANY, DEVELOPMENT_PROGRAMME, MEDIA, OTHER
}
