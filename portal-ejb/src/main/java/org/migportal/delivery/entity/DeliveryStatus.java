package org.migportal.delivery.entity;

/** Where an e-mail of a scheduled report stands: waiting (perhaps for a retry), sent, or given up. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
