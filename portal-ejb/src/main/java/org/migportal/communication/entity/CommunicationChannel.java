package org.migportal.communication.entity;

/** How the communication took place. */
public enum CommunicationChannel {
    MEETING, PHONE, MESSAGE, EMAIL, LETTER, VISIT, OTHER
}
