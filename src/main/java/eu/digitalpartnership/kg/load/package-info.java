/**
 * Loading: {@link eu.digitalpartnership.kg.load.Loader} (the front class) extracts each document, validates its graph
 * against the shapes and writes every graph in one transaction, or nothing; {@link eu.digitalpartnership.kg.load.Stores}
 * makes the stores it writes (in memory or TDB2) and the read-only union view that is published;
 * {@link eu.digitalpartnership.kg.load.GraphStorePush} pushes the loaded graphs to another store over the Graph Store
 * Protocol. Nothing here serves HTTP: that is {@code publish}.
 */
package eu.digitalpartnership.kg.load;
