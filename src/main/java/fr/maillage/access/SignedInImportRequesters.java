package fr.maillage.access;

import java.util.Set;

import org.springframework.stereotype.Component;

import fr.maillage.imports.ImportRequester;
import fr.maillage.imports.ImportRequesters;

/** The import endpoints' requester: the signed-in user, limited to their scope unless they see every territory. */
@Component
class SignedInImportRequesters implements ImportRequesters {

    private final Viewers viewers;

    SignedInImportRequesters(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public ImportRequester current() {
        Viewer viewer = viewers.required();
        return new ImportRequester(viewer.username(), viewer.seesEveryTerritory() ? null : Set.copyOf(viewer.scopeRoots()));
    }
}
