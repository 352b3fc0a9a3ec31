package fr.maillage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.SignedIn;
import fr.maillage.analysis.partners.KeyPartners;

/**
 * A read past {@code maillage.query-timeout} is stopped by the database and answered 503 in
 * French; writes are not bound by it.
 */
@SpringBootTest(properties = {"maillage.demo=false", "maillage.data-dir=target/test-db/${random.uuid}",
        "maillage.page-cache-bytes=67108864", "maillage.exchange-logs.keep-up=false",
        "maillage.admin-password=" + SignedIn.ADMIN_PASSWORD, "maillage.query-timeout=1s"})
class QueryTimeoutTest {

    @Autowired Graph graph;
    @Autowired WebApplicationContext context;
    /** Stands for an analysis whose read ran past the timeout, for the answer's sake. */
    @MockitoBean KeyPartners keyPartners;

    @Test
    void aReadPastTheTimeoutIsStoppedNamingTheSetting() {
        graph.write("db-timeout/seed.cypher", Map.of("count", 6000));
        assertThatThrownBy(() -> graph.read("db-timeout/slow-read.cypher", Map.of(), r -> r.get("n").asLong()))
                .isInstanceOf(QueryTimedOutException.class)
                .hasMessageContaining("1 s").hasMessageContaining("maillage.query-timeout");
    }

    @Test
    void aWriteAsLongAsAReadThatTimesOutCommits() {
        graph.write("db-timeout/seed.cypher", Map.of("count", 6000));
        assertThatThrownBy(() -> graph.read("db-timeout/slow-pairs.cypher", Map.of(), r -> r.get("pairs").asLong()))
                .isInstanceOf(QueryTimedOutException.class);
        assertThat(graph.write("db-timeout/slow-write.cypher", Map.of(), r -> r.get("pairs").asLong()))
                .containsExactly(6000L);
    }

    @Test
    void anEndpointWhoseReadTimedOutAnswers503InFrenchWithoutTrace() throws Exception {
        when(keyPartners.of(anyString(), any())).thenThrow(
                new QueryTimedOutException(java.time.Duration.ofSeconds(1), new RuntimeException("Neo.ClientError.Transaction.TransactionTimedOut")));
        MockHttpServletResponse response = SignedIn.asAdmin(context)
                .perform(get("/api/territories/nord/key-partners")).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(503);
        assertThat(body).contains("La requête a dépassé 1 s et a été interrompue", "maillage.query-timeout")
                .doesNotContain("Neo.", "Exception", "trace");
    }
}
