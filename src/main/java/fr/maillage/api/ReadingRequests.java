package fr.maillage.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.maillage.db.Publication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every reading request (GET, HEAD) reads one version of the data from its first query to its
 * last: it runs beside no import's publication ({@link Publication#reading}). A request of
 * several queries (a report, an export) would otherwise mix the data before and after.
 */
@Component
class ReadingRequests extends OncePerRequestFilter {

    private final Publication publication;

    ReadingRequests(Publication publication) {
        this.publication = publication;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            publication.reading(() -> {
                try {
                    chain.doFilter(request, response);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new ReadingFailed(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ReadingFailed e) {
            throw (ServletException) e.getCause();
        }
    }

    /** Carries a servlet exception out of the reading. */
    private static final class ReadingFailed extends RuntimeException {
        ReadingFailed(ServletException cause) {
            super(cause);
        }
    }
}
