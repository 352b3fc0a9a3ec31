package fr.maillage.access;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start an app with an endpoint that {@link AccessRules} does not declare: such an
 * endpoint would answer 403 to everyone, so it is a mistake to catch before anyone calls it. The
 * only controllers allowed outside {@code /api} are springdoc's own (the OpenAPI document).
 */
@Component
class AccessRulesCheck implements SmartInitializingSingleton {

    private final List<RequestMappingHandlerMapping> mappings;

    AccessRulesCheck(List<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> undeclared = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : mappings) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                if (entry.getValue().getBeanType().getName().startsWith("org.spring")) {
                    continue;
                }
                for (String path : info.getPatternValues()) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        boolean declared = AccessRules.ENDPOINTS.stream().anyMatch(
                                e -> e.path().equals(path) && e.method().name().equals(method.name()));
                        if (!declared) {
                            undeclared.add(method + " " + path + " (" + entry.getValue().getShortLogMessage() + ")");
                        }
                    }
                    if (info.getMethodsCondition().getMethods().isEmpty()) {
                        undeclared.add("toute méthode " + path);
                    }
                }
            }
        }
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("Points d'accès absents des règles d'accès (access.AccessRules) : " + undeclared);
        }
    }
}
