package fr.maillage.coordination;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.maillage.analysis.partners.KeyPartner;
import fr.maillage.analysis.partners.KeyPartners;
import fr.maillage.api.Window;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;
import fr.maillage.territory.TerritoryScope;
import fr.maillage.vocabulary.MeetingTable;
import fr.maillage.vocabulary.Vocabulary;

/**
 * The tables of concertation (tables de concertation) of territory T over a window, per the
 * contract (v1.2): the meetings held for T or one of its descendants dated in the window; for
 * every structure of T's ecology, zeros included, the number of those meetings it attended per
 * table; and the key partners missing from the tables: among the {@value #KEY_PARTNERS} first key
 * partners of T over the window, those that attended no {@code strategique} or {@code tactique}
 * meeting of it (a clinical concertation is about one person, not the territory's organisation).
 */
@Service
public class Tables {

    static final int KEY_PARTNERS = 10;

    private final Graph graph;
    private final Territories territories;
    private final KeyPartners keyPartners;
    private final AnswerCache answers;

    public Tables(Graph graph, Territories territories, KeyPartners keyPartners, AnswerCache answers) {
        this.graph = graph;
        this.territories = territories;
        this.keyPartners = keyPartners;
        this.answers = answers;
    }

    /** 404 for an unknown territory. */
    public TablesAnswer of(String territoryId, Window window) {
        return answers.get("tables", List.of(territoryId, window), () -> compute(territoryId, window));
    }

    private TablesAnswer compute(String territoryId, Window window) {
        TerritoryScope scope = territories.scope(territoryId);
        List<TablesAnswer.Meeting> meetings = graph.read("coordination/meetings.cypher",
                Map.of("territoryIds", List.copyOf(scope.descendants()), "from", window.from(), "to", window.to()),
                r -> new TablesAnswer.Meeting(r.get("id").asString(), r.get("date").asLocalDate(),
                        r.get("meetingTable").asString(), r.get("structureIds").asList(v -> v.asString()).stream()
                        .sorted().toList()));
        List<TablesAnswer.Attendance> attendance = scope.ecology().stream().sorted()
                .map(structure -> attendance(structure, meetings)).toList();
        Set<String> seated = new HashSet<>();
        meetings.stream().filter(m -> !m.table().equals(MeetingTable.CONCERTATION_CLINIQUE.code()))
                .forEach(m -> seated.addAll(m.structureIds()));
        List<String> absent = keyPartners.of(territoryId, window).stream().limit(KEY_PARTNERS)
                .map(KeyPartner::structureId).filter(id -> !seated.contains(id)).toList();
        return new TablesAnswer(meetings, attendance, absent);
    }

    private static TablesAnswer.Attendance attendance(String structure, List<TablesAnswer.Meeting> meetings) {
        long[] counts = new long[MeetingTable.values().length];
        for (TablesAnswer.Meeting meeting : meetings) {
            if (meeting.structureIds().contains(structure)) {
                counts[Vocabulary.parse(MeetingTable.class, meeting.table()).orElseThrow().ordinal()]++;
            }
        }
        return new TablesAnswer.Attendance(structure, counts[MeetingTable.STRATEGIQUE.ordinal()],
                counts[MeetingTable.TACTIQUE.ordinal()], counts[MeetingTable.CONCERTATION_CLINIQUE.ordinal()]);
    }
}
