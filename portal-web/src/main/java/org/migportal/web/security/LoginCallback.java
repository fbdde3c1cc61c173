package org.migportal.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after login. The OpenID Connect mechanism has already
 * exchanged the code and logged the caller in when this runs; it only moves the user on, to the page
 * they asked for ({@link ReturnAfterLogin}) or else the home page, so that a reload never re-posts a used
 * authorization code.
 */
@WebServlet("/callback")
public class LoginCallback extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(ReturnAfterLogin.take(request));
    }
}
