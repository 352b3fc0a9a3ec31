package fr.maillage.territory;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/territories")
@Tag(name = "Territoires")
public class TerritoryController {

    private final Territories territories;

    public TerritoryController(Territories territories) {
        this.territories = territories;
    }

    @GetMapping
    @Operation(summary = "Liste des territoires et de leur hiérarchie")
    public List<Territory> list() {
        return territories.list();
    }
}
