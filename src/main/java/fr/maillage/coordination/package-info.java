/**
 * The work of coordination itself (le travail de coordination, contract v1.2): who sits at which
 * table ({@link fr.maillage.coordination.Tables}), how the guichet intégré routes the referrals it
 * receives ({@link fr.maillage.coordination.Guichet}), the case managers' load
 * ({@link fr.maillage.coordination.Caseloads}), the coordinators' identities
 * ({@link fr.maillage.coordination.Coordinators}) and the consolidated account of coordination
 * ({@link fr.maillage.coordination.Fundings}). Reads the graph the importer wrote and the
 * analyses below it (key partners, orphans, persons' states); the report and the comparison read it.
 */
package fr.maillage.coordination;
