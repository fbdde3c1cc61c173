package org.migportal.member.entity;

public enum Sex {
    FEMALE, MALE, OTHER
}
