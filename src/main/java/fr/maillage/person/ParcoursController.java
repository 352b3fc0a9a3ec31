package fr.maillage.person;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Personnes")
public class ParcoursController {

    private final Parcours parcours;

    public ParcoursController(Parcours parcours) {
        this.parcours = parcours;
    }

    @GetMapping("/api/persons/{id}/parcours")
    @Operation(summary = "Parcours d'une personne",
            description = "La personne (identifiant pseudonyme), puis ses orientations, interventions et évaluations "
                    + "par date, avec les structures, statuts, motifs, délais de réponse et motifs de fin ; les "
                    + "ruptures (interventions terminées par « rupture », avec la durée sans relais) et les "
                    + "évaluations concurrentes (deux structures à 90 jours au plus d'écart).")
    @ApiResponse(responseCode = "200", description = "Le parcours")
    @ApiResponse(responseCode = "404", description = "Personne inconnue")
    public PersonParcours parcours(@Parameter(description = "Identifiant pseudonyme de la personne") @PathVariable String id) {
        return parcours.of(id);
    }
}
