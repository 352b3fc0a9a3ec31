package fr.maillage.exports;

import java.io.OutputStream;

/** Writes an exported méta-réseau in one file format. */
interface NetworkWriter {

    void write(ExportedNetwork network, OutputStream out) throws Exception;
}
