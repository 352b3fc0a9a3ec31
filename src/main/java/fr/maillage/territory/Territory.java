package fr.maillage.territory;

/**
 * A territory of the hierarchy (région, département, territoire, commune, quartier).
 *
 * @param inseeCode the INSEE code of a commune, département or région (code officiel
 *                  géographique), null when the bundle gave none: how planners join other
 *                  public data to Maillage's figures
 */
public record Territory(String id, String name, String kind, String parentId, Long population, Long population75Plus,
                        String inseeCode) {
}
