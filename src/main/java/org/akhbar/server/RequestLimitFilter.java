package org.akhbar.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refuses request bodies and query strings larger than the configured limit (413). */
final class RequestLimitFilter implements Filter {
    private final long maxBytes;

    RequestLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest r = (HttpServletRequest) req;
        long length = r.getContentLengthLong();
        String qs = r.getQueryString();
        if (length > maxBytes || qs != null && qs.length() > maxBytes) {
            HttpServletResponse h = (HttpServletResponse) resp;
            h.setStatus(413);
            h.setContentType("text/plain;charset=utf-8");
            h.getWriter().println("Request too large: the limit is " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(req, resp);
    }
}
