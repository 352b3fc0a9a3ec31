package fr.maillage.person;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.access.PersonIds;
import fr.maillage.api.Window;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Personnes")
public class PersonController {

    private final PersonStates personStates;
    private final Parcours parcours;
    private final PersonIds personIds;

    public PersonController(PersonStates personStates, Parcours parcours, PersonIds personIds) {
        this.personStates = personStates;
        this.parcours = parcours;
        this.personIds = personIds;
    }

    @GetMapping("/api/territories/{id}/persons")
    @Operation(summary = "Personnes d'un territoire et leur situation à une date",
            description = "Chaque personne vivant dans le territoire ou l'un de ses descendants, avec sa complexité, "
                    + "ses besoins et son APA à la date (dernière évaluation à cette date, sinon persons.csv) et "
                    + "si sa situation est close. Pour la cartographie des situations. Tri par identifiant.")
    @ApiResponse(responseCode = "200", description = "Les personnes du territoire")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public List<PersonState> persons(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Date d'observation (AAAA-MM-JJ), aujourd'hui par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return personStates.of(id, asOf != null ? Window.checked("asOf", asOf) : LocalDate.now());
    }

    @GetMapping("/api/persons/{id}/parcours")
    @Operation(summary = "Parcours d'une personne",
            description = "La personne (identifiant pseudonyme), puis ses orientations, interventions et évaluations "
                    + "par date, avec les structures, statuts, motifs, délais de réponse et motifs de fin ; les "
                    + "ruptures (interventions terminées par « rupture », avec la durée sans relais) et les "
                    + "évaluations concurrentes (deux structures à 90 jours au plus d'écart).")
    @ApiResponse(responseCode = "200", description = "Le parcours")
    @ApiResponse(responseCode = "404", description = "Personne inconnue")
    public PersonParcours parcours(@Parameter(description = "Identifiant pseudonyme de la personne (pour un chercheur, son pseudonyme r-…)") @PathVariable String id) {
        return parcours.of(personIds.stored(id));
    }
}
