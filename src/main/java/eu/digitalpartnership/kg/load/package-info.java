/**
 * Loading: {@link eu.digitalpartnership.kg.load.Loader} (the front class) extracts each document, validates its graph
 * against the shapes and writes every graph in one transaction, or nothing (a first load into an empty TDB2 store goes
 * through TDB2's bulk loader, and a failure empties the store again); {@link eu.digitalpartnership.kg.load.Stores}
 * makes the stores it writes (in memory or TDB2) and the read-only union view that is published;
 * {@link eu.digitalpartnership.kg.load.GraphStorePush} pushes the loaded graphs to another store over the Graph Store
 * Protocol. Nothing here serves HTTP: that is {@code publish}.
 */
package eu.digitalpartnership.kg.load;
