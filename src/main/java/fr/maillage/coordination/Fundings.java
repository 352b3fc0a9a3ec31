package fr.maillage.coordination;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import fr.maillage.api.Years;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;
import fr.maillage.territory.Territory;
import fr.maillage.territory.TerritoryScope;
import fr.maillage.vocabulary.Funder;
import fr.maillage.vocabulary.FundingPurpose;
import fr.maillage.vocabulary.Vocabulary;

/**
 * The consolidated account of coordination (compte consolidé de la coordination) of territory T
 * over a range of years, per the contract (v1.2): per year, the fundings of the structures of T's
 * ecology summed (each structure counted in full, even when it also serves other territories),
 * by funder and by purpose, and per 1,000 people of T aged 75+. Researchers call for such an
 * account (DOMAIN.md: a structure has "funders, a carrier body"); nobody holds it today.
 */
@Service
public class Fundings {

    /** The key of {@code byPurpose} for the rows that gave no purpose: unknown is not {@code autre}. */
    public static final String UNKNOWN_PURPOSE = "non_renseigne";
    /** The keys of {@code byPurpose} in their order: the vocabulary's, the unknown purpose last. */
    public static final List<String> PURPOSES = purposes();

    private final Graph graph;
    private final Territories territories;
    private final AnswerCache answers;

    public Fundings(Graph graph, Territories territories, AnswerCache answers) {
        this.graph = graph;
        this.territories = territories;
        this.answers = answers;
    }

    /** 404 for an unknown territory. */
    public FundingAnswer of(String territoryId, Years years) {
        return answers.get("funding", List.of(territoryId, years), () -> compute(territoryId, years));
    }

    private record Row(String structureId, int year, String funder, BigInteger amount, String purpose) {
    }

    private FundingAnswer compute(String territoryId, Years years) {
        TerritoryScope scope = territories.scope(territoryId);
        Long aged75 = territories.list().stream().filter(t -> t.id().equals(territoryId)).findFirst()
                .map(Territory::population75Plus).orElse(null);
        List<Row> rows = graph.read("coordination/fundings.cypher",
                Map.of("ecology", List.copyOf(scope.ecology()), "from", years.from(), "to", years.to()),
                r -> new Row(r.get("structureId").asString(), r.get("year").asInt(), r.get("funder").asString(),
                        BigInteger.valueOf(r.get("amount").asLong()), r.get("purpose").asString(null)));
        List<FundingAnswer.FundingYear> account = new ArrayList<>();
        for (int year = years.from(); year <= years.to(); year++) {
            int y = year;
            List<Row> ofYear = rows.stream().filter(r -> r.year() == y).toList();
            BigInteger total = ofYear.stream().map(Row::amount).reduce(BigInteger.ZERO, BigInteger::add);
            account.add(new FundingAnswer.FundingYear(year, total, per1000(total, aged75),
                    sums(ofYear, Vocabulary.codes(Funder.class), Row::funder),
                    sums(ofYear, PURPOSES, r -> r.purpose() == null ? UNKNOWN_PURPOSE : r.purpose())));
        }
        List<String> funded = List.copyOf(new TreeSet<>(rows.stream().map(Row::structureId).toList()));
        return new FundingAnswer(List.copyOf(account), funded);
    }

    private static List<String> purposes() {
        List<String> purposes = new ArrayList<>(Vocabulary.codes(FundingPurpose.class));
        purposes.add(UNKNOWN_PURPOSE);
        return List.copyOf(purposes);
    }

    /** Amounts per code, in the order of {@code codes}, codes with no row left out. */
    private static Map<String, BigInteger> sums(List<Row> rows, List<String> codes,
                                                java.util.function.Function<Row, String> code) {
        Map<String, BigInteger> sums = new LinkedHashMap<>();
        for (String c : codes) {
            rows.stream().filter(r -> c.equals(code.apply(r))).map(Row::amount).reduce(BigInteger::add)
                    .ifPresent(sum -> sums.put(c, sum));
        }
        return sums;
    }

    /** Euros per 1,000 people aged 75+, to the cent; null when the population is unknown or 0. */
    static Double per1000(BigInteger total, Long aged75) {
        if (aged75 == null || aged75 <= 0) {
            return null;
        }
        return new BigDecimal(total).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(aged75), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
