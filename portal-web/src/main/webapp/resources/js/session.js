/*
 * When the session has ended (timed out, or the server restarted), an Ajax request meets the login
 * instead of the page: either the redirect to Keycloak, which the browser refuses to follow across
 * origins (status 0), or, when Keycloak still knows the user, the whole login round trip ending in a
 * full HTML page instead of a Faces partial response. Either way the page would silently stop
 * responding; send the user to the "session ended, log in again" page instead. The request never
 * reached the page's action, so nothing was half saved.
 */
document.addEventListener('DOMContentLoaded', function () {
    'use strict';
    // PrimeFaces (and its jQuery) is loaded by now, whatever the order of the scripts in the head.
    $(document).on('pfAjaxError', function (event, xhr) {
        var type = (xhr && xhr.getResponseHeader && xhr.getResponseHeader('Content-Type')) || '';
        if (xhr && (xhr.status === 0 || (xhr.status === 200 && type.indexOf('xml') < 0))) {
            window.location.href = document.body.getAttribute('data-expired-url');
        }
    });
});
