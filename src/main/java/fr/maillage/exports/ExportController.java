package fr.maillage.exports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.access.Viewers;
import fr.maillage.api.Window;
import fr.maillage.network.Fold;
import fr.maillage.network.NetworkController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Exports de recherche")
public class ExportController {

    private final NetworkExports exports;
    private final Viewers viewers;

    public ExportController(NetworkExports exports, Viewers viewers) {
        this.exports = exports;
        this.viewers = viewers;
    }

    @GetMapping("/api/territories/{id}/export")
    @Operation(summary = "Export du méta-réseau d'un territoire (GEXF, GraphML ou CSV)",
            description = "Le méta-réseau de la période avec, pour chaque structure, son type, son secteur et ses mesures "
                    + "de partenaire clé ; pour chaque lien, son poids, ses orientations, ses personnes partagées et les "
                    + "jours d'échange. gexf : GEXF 1.3 dynamique (frise temporelle de Gephi) ; graphml : GraphML ; "
                    + "csv : zip de nodes.csv, edges.csv, partnerships.csv, metadata.json et README.txt. Chaque export "
                    + "porte un en-tête de reproductibilité (requête, période, version des données, empreinte SHA-256, "
                    + "date d'export, version de Maillage). Aucun identifiant de personne. Les partenariats déclarés "
                    + "ne figurent que dans l'export CSV (partnerships.csv), jamais fusionnés aux liens observés. Pour un "
                    + "planificateur : personnes partagées en dessous de 5 écrites « <5 » (et le poids qui les contient "
                    + "« <N »), jours d'échange des seules orientations. fold=coordination : le méta-réseau plié "
                    + "comme sur la page (nœuds « type:<code> » avec folded et members, leurs mesures vides).")
    @ApiResponse(responseCode = "200", description = "Le fichier, en pièce jointe")
    @ApiResponse(responseCode = "400", description = "Format inconnu, date invalide, from après to, mode de pliage "
            + "inconnu, ou structure de keep hors du méta-réseau")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public ResponseEntity<byte[]> export(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "gexf (par défaut), graphml ou csv") @RequestParam(defaultValue = "gexf") String format,
            @Parameter(description = "Début de la période (AAAA-MM-JJ), par défaut 12 mois avant « to »")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Fin de la période (AAAA-MM-JJ), par défaut aujourd'hui")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = NetworkController.FOLD + " ; par défaut : none") @RequestParam(required = false) String fold,
            @Parameter(description = NetworkController.KEEP) @RequestParam(required = false) String keep) throws Exception {
        ExportFormat chosen = ExportFormat.parse(format);
        Window window = Window.of(from, to);
        ExportedNetwork network = exports.network(id, window, chosen, viewers.aggregatesOnly(),
                Fold.of(fold, keep, Fold.NONE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chosen.writer().write(network, out);
        String filename = "maillage-" + id + "-" + window.from() + "-" + window.to() + "." + chosen.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
