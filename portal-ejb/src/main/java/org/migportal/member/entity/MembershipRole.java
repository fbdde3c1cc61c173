package org.migportal.member.entity;

public enum MembershipRole {
    CHAIR, VICE_CHAIR, SECRETARY, TREASURER, COORDINATOR, MEMBER
}
