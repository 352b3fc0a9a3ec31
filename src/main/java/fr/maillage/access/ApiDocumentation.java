package fr.maillage.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document says how to sign in: HTTP Basic for scripts (Swagger UI's "Authorize"), or the
 * page's session cookie, with which Swagger UI sends the CSRF token of the {@code XSRF-TOKEN} cookie.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI maillageApi() {
        return new OpenAPI()
                .info(new Info().title("Maillage").description("Écologies de coordination d'un territoire : "
                        + "méta-réseau, situations orphelines, chevauchements, partenaires clés. Chaque appel demande un "
                        + "utilisateur connecté (HTTP Basic pour un script) ; ce que chacun voit dépend de son rôle "
                        + "et de ses territoires (README, « Accès »)."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
