package fr.maillage.api;

import java.util.Arrays;
import java.util.List;

/** The territory ids of a {@code territories} parameter: comma-separated, blanks dropped, repeats of the parameter joined. */
public final class TerritoryIds {

    private TerritoryIds() {
    }

    public static List<String> listed(String... values) {
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
