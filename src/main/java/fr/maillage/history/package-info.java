/**
 * The history of a territory (histoire du territoire, issue 13, item 5): its structures' life
 * cycles ({@link fr.maillage.history.LifeCycle}), the size of its méta-réseau year by year, and
 * what became of the exchanges of a structure absorbed, today mostly into the DAC
 * ({@link fr.maillage.history.Mergers}). Reads the méta-réseau ({@code network.MetaNetworks}) and the
 * structures' {@code opened}, {@code closed} and {@code absorbed_into}.
 */
package fr.maillage.history;
