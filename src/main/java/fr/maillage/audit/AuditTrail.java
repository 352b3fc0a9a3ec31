package fr.maillage.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.db.CypherFiles;
import fr.maillage.db.Graph;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail (journal d'audit): append-only records kept in the database, each carrying the
 * SHA-256 of its fields and of the record before it, so that a record changed, removed or slipped
 * in afterwards shows in {@link #verify()}. Appending locks the chain's head node for the length
 * of one short transaction, which orders the records of every thread and of every app instance on
 * the same database.
 */
@Service
public class AuditTrail {

    /** Instants written with a fixed width, so that they sort and compare as strings. */
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int PAGE = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Graph graph;
    private final Clock clock;

    public AuditTrail(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** Appends one record at the end of the chain; returns it as kept. */
    public AuditRecord append(AuditEntry entry) {
        return graph.inWriteTransaction(tx -> {
            Record head = tx.run(CypherFiles.load("audit/head-lock.cypher"), Map.of()).get(0);
            long seq = head.get("seq").asLong() + 1;
            String previous = head.get("hash").asString();
            AuditRecord unsealed = new AuditRecord(seq, INSTANT.format(clock.instant()), entry.user(),
                    entry.action().code(), entry.territoryId(), entry.personId(), entry.status(),
                    entry.detail(), previous, null);
            AuditRecord sealed = seal(unsealed);
            tx.run(CypherFiles.load("audit/append.cypher"), Map.of("record", properties(sealed)));
            return sealed;
        });
    }

    /** Records newest first; null filters match everything. */
    public List<AuditRecord> list(AuditQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", query.from());
        parameters.put("to", query.to());
        parameters.put("user", query.user());
        parameters.put("action", query.action());
        parameters.put("limit", query.limit());
        return graph.read("audit/list.cypher", parameters, r -> toRecord(r.get("record")));
    }

    /** Walks the whole chain in order, recomputing every hash. */
    public ChainCheck verify() {
        List<Record> head = graph.read("audit/head.cypher", Map.of(), r -> r);
        long expectedLast = head.isEmpty() ? 0 : head.get(0).get("seq").asLong();
        String expectedHash = head.isEmpty() ? "" : head.get(0).get("hash").asString();
        long seq = 0;
        String previous = "";
        while (true) {
            List<AuditRecord> page = graph.read("audit/chain-page.cypher", Map.of("after", seq, "size", PAGE),
                    r -> toRecord(r.get("record")));
            for (AuditRecord record : page) {
                if (record.seq() != seq + 1) {
                    return ChainCheck.broken(seq, seq + 1, "Enregistrement n° " + (seq + 1) + " manquant");
                }
                if (!previous.equals(record.previousHash())) {
                    return ChainCheck.broken(seq, record.seq(), "L'enregistrement n° " + record.seq()
                            + " ne suit pas le précédent (empreinte du précédent différente)");
                }
                if (!seal(record).hash().equals(record.hash())) {
                    return ChainCheck.broken(seq, record.seq(), "L'enregistrement n° " + record.seq()
                            + " a été modifié après coup (son empreinte ne correspond plus)");
                }
                seq = record.seq();
                previous = record.hash();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (seq != expectedLast || !previous.equals(expectedHash)) {
            return ChainCheck.broken(seq, seq + 1, "La fin du journal manque : la tête de chaîne annonce "
                    + expectedLast + " enregistrements, " + seq + " sont présents");
        }
        return new ChainCheck(true, seq, null, "Chaîne intacte : " + seq + " enregistrement(s) vérifié(s)");
    }

    /**
     * The answer of {@code GET /api/audit/verify}.
     *
     * @param records  the records checked before the chain broke (all of them when it holds)
     * @param brokenAt the seq of the first record that breaks the chain; null when it holds
     */
    public record ChainCheck(boolean valid, long records, Long brokenAt, String message) {
        static ChainCheck broken(long checked, long at, String message) {
            return new ChainCheck(false, checked, at, message);
        }
    }

    /** The record with its hash: SHA-256 of the JSON array of every field but the hash itself. */
    static AuditRecord seal(AuditRecord r) {
        List<Object> fields = Arrays.asList(r.seq(), r.at(), r.user(), r.action(), r.territoryId(), r.personId(),
                r.status(), r.detail(), r.previousHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
            return new AuditRecord(r.seq(), r.at(), r.user(), r.action(), r.territoryId(), r.personId(), r.status(),
                    r.detail(), r.previousHash(), HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> properties(AuditRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("seq", r.seq());
        p.put("at", r.at());
        p.put("user", r.user());
        p.put("action", r.action());
        p.put("territoryId", r.territoryId());
        p.put("personId", r.personId());
        p.put("status", r.status());
        p.put("detail", r.detail());
        p.put("previousHash", r.previousHash());
        p.put("hash", r.hash());
        return p;
    }

    private static AuditRecord toRecord(Value v) {
        return new AuditRecord(v.get("seq").asLong(), v.get("at").asString(), v.get("user").asString(null),
                v.get("action").asString(), v.get("territoryId").asString(null), v.get("personId").asString(null),
                v.get("status").asInt(), v.get("detail").asString(null), v.get("previousHash").asString(),
                v.get("hash").asString());
    }
}
