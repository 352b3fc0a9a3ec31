package fr.maillage.coordination;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.Window;
import fr.maillage.api.Years;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Travail de coordination")
public class CoordinationController {

    private final Tables tables;
    private final Guichet guichet;
    private final Caseloads caseloads;
    private final Coordinators coordinators;
    private final Fundings fundings;

    public CoordinationController(Tables tables, Guichet guichet, Caseloads caseloads, Coordinators coordinators,
                                  Fundings fundings) {
        this.tables = tables;
        this.guichet = guichet;
        this.caseloads = caseloads;
        this.coordinators = coordinators;
        this.fundings = fundings;
    }

    @GetMapping("/api/territories/{id}/tables")
    @Operation(summary = "Tables de concertation d'un territoire sur une période",
            description = "Les réunions tenues pour le territoire ou ses descendants dans la période (table "
                    + "strategique, tactique ou concertation_clinique, structures présentes, sans la personne d'une "
                    + "concertation clinique) ; pour chaque structure de l'écologie du territoire, zéros compris, le "
                    + "nombre de réunions auxquelles elle a assisté par table ; et, parmi les dix premiers partenaires "
                    + "clés de la période, ceux qui n'ont assisté à aucune table stratégique ni tactique, dans l'ordre "
                    + "des partenaires clés.")
    @ApiResponse(responseCode = "200", description = "Les tables de concertation")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public TablesAnswer tables(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Début de la période (AAAA-MM-JJ), 12 mois avant « to » par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Fin de la période (AAAA-MM-JJ), aujourd'hui par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return tables.of(id, Window.of(from, to));
    }

    @GetMapping("/api/territories/{id}/guichet")
    @Operation(summary = "Guichet intégré d'un territoire sur une période",
            description = "Pour chaque structure de l'écologie du territoire qui a reçu une orientation datée de la "
                    + "période au sujet d'une personne du territoire : orientations reçues, avec réponse (date de "
                    + "réponse renseignée) et délai médian de réponse en jours, refusées, réorientées, sans réponse "
                    + "(statut final), hors du champ de la structure (au moins un motif et aucun parmi ses domaines) "
                    + "et tardives (la personne n'avait aucune intervention active à la date de l'orientation et une "
                    + "intervention terminée par une rupture dans les 30 jours avant). Pour un planificateur, tout "
                    + "effectif inférieur à 5 se lit « <5 ».")
    @ApiResponse(responseCode = "200", description = "Le guichet intégré, structure par structure")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public List<GuichetRow> guichet(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Début de la période (AAAA-MM-JJ), 12 mois avant « to » par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Fin de la période (AAAA-MM-JJ), aujourd'hui par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return guichet.of(id, Window.of(from, to));
    }

    @GetMapping("/api/territories/{id}/caseloads")
    @Operation(summary = "Gestion de cas d'un territoire à une date",
            description = "Pour chaque professionnel d'une structure de l'écologie du territoire ayant une gestion de "
                    + "cas active à la date : le nombre de gestions de cas actives (la référence est de 40 "
                    + "situations), combien de ces personnes sont complexes ou extrêmes à la date, et sa profession "
                    + "d'origine ; et le nombre de personnes du territoire en attente (situation complexe sans "
                    + "gestionnaire de cas). Pour un planificateur, tout effectif inférieur à 5 se lit « <5 ».")
    @ApiResponse(responseCode = "200", description = "Les files actives des gestionnaires de cas")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public CaseloadsAnswer caseloads(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Date d'observation (AAAA-MM-JJ), aujourd'hui par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return caseloads.of(id, asOf != null ? Window.checked("asOf", asOf) : LocalDate.now());
    }

    @GetMapping("/api/territories/{id}/coordinators")
    @Operation(summary = "Identités des coordinateurs d'un territoire sur une période",
            description = "Chaque structure de coordination de l'écologie du territoire (coordination « mission » ou "
                    + "« activite », ou MAIA, DAC, PTA, CLIC, réseau de santé) et chaque professionnel de la coordination "
                    + "(des structures dont c'est la mission, ou gestionnaire de cas, pilote, coordinateur, conseiller en "
                    + "gérontologie), classés consultant ou référent, parcours ou frontière (Aubert, Kletz, Sardas 2022) "
                    + "d'après leurs interventions et orientations au sujet des personnes du territoire sur la période : "
                    + "référent quand il a suivi plus de la moitié de ses personnes (intervention référent ou gestion de "
                    + "cas d'au moins 90 jours), frontière quand il a rencontré plus de la moitié d'entre elles au passage "
                    + "de l'hôpital (orientation vers ou depuis un hôpital ou un service social hospitalier, ou séjour, "
                    + "dans les 30 jours avant). Avec les effectifs utilisés ; pour un planificateur, tout effectif "
                    + "inférieur à 5 se lit « <5 ».")
    @ApiResponse(responseCode = "200", description = "Les structures et professionnels de la coordination, avec leurs deux axes")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public CoordinatorsAnswer coordinators(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Début de la période (AAAA-MM-JJ), 12 mois avant « to » par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Fin de la période (AAAA-MM-JJ), aujourd'hui par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return coordinators.of(id, Window.of(from, to));
    }

    @GetMapping("/api/territories/{id}/funding")
    @Operation(summary = "Compte consolidé de la coordination d'un territoire, année par année",
            description = "Pour chaque année de « from » à « to » (zéros compris) : la somme des financements des "
                    + "structures de l'écologie du territoire (chacune comptée en entier), par financeur et par objet "
                    + "(« non_renseigne » pour les lignes sans objet), et pour 1 000 habitants de 75 ans et plus du "
                    + "territoire (null quand cette population est inconnue) ; et les structures financées. Des montants "
                    + "en euros : aucun effectif de personnes, la même réponse pour chaque rôle.")
    @ApiResponse(responseCode = "200", description = "Le compte consolidé de la coordination")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public FundingAnswer funding(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Première année (AAAA), les cinq années finissant à « to » par défaut")
            @RequestParam(required = false) String from,
            @Parameter(description = "Dernière année (AAAA), l'année en cours par défaut")
            @RequestParam(required = false) String to) {
        return fundings.of(id, Years.of(from, to, Years.CPOM_YEARS));
    }
}
