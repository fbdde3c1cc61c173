package org.migportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnAfterLoginTest {

    @Test
    void aPageOfThePortalIsWhereTheUserReturns() {
        assertThat(ReturnAfterLogin.isLocal("/reports/download?id=12", "")).isTrue();
        assertThat(ReturnAfterLogin.isLocal("/portal/forums/view?id=3", "/portal")).isTrue();
    }

    @Test
    void nothingOutsideThePortalIs() {
        assertThat(ReturnAfterLogin.isLocal("//evil.example/x", "")).isFalse();
        assertThat(ReturnAfterLogin.isLocal("/\\evil.example/x", "")).isFalse();
        assertThat(ReturnAfterLogin.isLocal("https://evil.example/", "")).isFalse();
        assertThat(ReturnAfterLogin.isLocal("/other/forums", "/portal")).isFalse();
        assertThat(ReturnAfterLogin.isLocal("/forums\r\nSet-Cookie: x=1", "")).isFalse();
    }
}
