package org.migportal.web.reports;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.migportal.platform.control.NotFoundException;
import org.migportal.report.boundary.Reports;
import org.migportal.report.control.ReportFile;
import org.migportal.security.control.AccessDeniedException;

/**
 * Sends an archived report's PDF exactly as archived ({@code /reports/download?id=12}), with its
 * SHA-256 in a header so that a reader can check it. The boundary decides who may have it.
 */
@WebServlet("/reports/download")
public class DownloadReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportFile file;
        try {
            file = reports.download(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("X-Content-SHA256", file.sha256());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
