package fr.maillage.network;

/**
 * Published by the background thread once every territory has its exchange logs for the data
 * version {@code version}: what is derived from them (méta-réseaux, indicators) can then be
 * prepared without building a log twice.
 */
public record ExchangeLogsKept(long version) {
}
