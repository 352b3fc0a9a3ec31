package fr.maillage.imports.insee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.maillage.api.BadParameterException;


/** The COG extract of {@code src/test/resources/insee/cog/} (see its README for the figures). */
class InseeHierarchyTest {

    private static final Cog COG = Cog.read(Path.of("src/test/resources/insee/cog"));

    @Test
    void communesOfOneDepartementHangUnderTheDacUnderTheDepartementUnderTheRegion() {
        List<InseeTerritory> rows = InseeHierarchy.of(COG, "dac-nevers", "DAC de l'agglomération de Nevers",
                List.of("58194", "58303", "58117"), (kind, code) -> null);
        assertThat(rows).containsExactly(
                new InseeTerritory("insee-region-27", "Bourgogne-Franche-Comté", "region", null, null, "27"),
                new InseeTerritory("insee-departement-58", "Nièvre", "departement", "insee-region-27", null, "58"),
                new InseeTerritory("dac-nevers", "DAC de l'agglomération de Nevers", "territoire", "insee-departement-58", 46223L, null),
                new InseeTerritory("insee-commune-58117", "Fourchambault", "commune", "dac-nevers", 3992L, "58117"),
                new InseeTerritory("insee-commune-58194", "Nevers", "commune", "dac-nevers", 33085L, "58194"),
                new InseeTerritory("insee-commune-58303", "Varennes-Vauzelles", "commune", "dac-nevers", 9146L, "58303"));
    }

    @Test
    void territoriesAlreadyCarryingTheCodeKeepTheirIds() {
        List<InseeTerritory> rows = InseeHierarchy.of(COG, "dac-nevers", "DAC", List.of("58194"),
                (kind, code) -> kind.equals("departement") && code.equals("58") ? "dep-nievre" : null);
        assertThat(rows).extracting(InseeTerritory::id).containsExactly("insee-region-27", "dep-nievre", "dac-nevers", "insee-commune-58194");
        assertThat(rows.get(2).parentId()).isEqualTo("dep-nievre");
    }

    @Test
    void aDacAcrossTwoRegionsHasNoParent() {
        List<InseeTerritory> rows = InseeHierarchy.of(COG, "dac-x", "DAC", List.of("58194", "18033"), (kind, code) -> null);
        assertThat(rows).filteredOn(r -> r.kind().equals("territoire")).singleElement().extracting(InseeTerritory::parentId).isNull();
        assertThat(rows).filteredOn(r -> r.kind().equals("region")).hasSize(2);
    }

    @Test
    void unknownCommuneCodesAreRefusedAndNamed() {
        assertThatThrownBy(() -> InseeHierarchy.of(COG, "dac", "DAC", List.of("58194", "99999", "2A004"), (k, c) -> null))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("2A004, 99999");
    }
}
