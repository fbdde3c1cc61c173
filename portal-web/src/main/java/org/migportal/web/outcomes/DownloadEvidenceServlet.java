package org.migportal.web.outcomes;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.migportal.outcome.boundary.EvidenceFile;
import org.migportal.outcome.boundary.Outcomes;
import org.migportal.platform.control.NotFoundException;
import org.migportal.security.control.AccessDeniedException;

/**
 * Sends an outcome's evidence file ({@code /outcomes/evidence?id=7}) as an attachment with its checked type,
 * never for the browser to open in the portal's origin. The boundary decides who may have it.
 */
@WebServlet("/outcomes/evidence")
public class DownloadEvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Outcomes outcomes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceFile file;
        try {
            file = outcomes.download(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        send(file, response);
    }

    /** The file's bytes as a download, also for the REST API. */
    public static void send(EvidenceFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
        response.setHeader("X-Content-SHA256", file.sha256());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    /** An attachment, its name in ASCII for old clients and in UTF-8 (RFC 6266) for the rest. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
