package org.akhbar.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.akhbar.AkhbarException;
import org.akhbar.rdf.Iris;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The TDB2 store: one named graph per article (replaced as a whole, in one transaction, so a reader
 * never sees half an article and a failed load leaves the store as it was), a gazetteer graph, and
 * the union of all graphs as the default graph for queries.
 */
public final class Store implements AutoCloseable {
    public static final Path DEFAULT_DIR = Path.of("fuseki", "databases", "akhbar");

    private final Dataset base;
    private final Dataset dataset;
    private final Iris iris;
    private final Path dir;

    private Store(Dataset base, Dataset dataset, Iris iris, Path dir) {
        this.base = base;
        this.dataset = dataset;
        this.iris = iris;
        this.dir = dir;
    }

    /**
     * Opens (creating if needed) the TDB2 store at {@code dir} with its full-text index at
     * {@code DIR-text} ({@link TextIndexing}).
     */
    public static Store open(Path dir, Iris iris) {
        try {
            Files.createDirectories(dir);
            Dataset tdb = TDB2Factory.connectDataset(dir.toString());
            return wrap(tdb, TextIndexing.open(TextIndexing.directoryFor(dir)), iris, dir);
        } catch (java.io.IOException | RuntimeException e) {
            throw new AkhbarException.StoreError("cannot open the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory store with an in-memory text index (tests, {@code query --data}). */
    public static Store inMemory(Iris iris) {
        return wrap(TDB2Factory.createDataset(), new org.apache.lucene.store.ByteBuffersDirectory(), iris, null);
    }

    private static Store wrap(Dataset tdb, org.apache.lucene.store.Directory lucene, Iris iris, Path dir) {
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Dataset ds = org.apache.jena.query.text.TextDatasetFactory.createLucene(tdb, lucene, TextIndexing.config());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(tdb, ds, iris, dir);
    }

    /**
     * Rebuilds the text index from the stored quads (after a crash, or an index copied from
     * elsewhere): clears it, then indexes every labelled or quoted literal again.
     */
    public long reindex() {
        org.apache.jena.query.text.DatasetGraphText text =
                (org.apache.jena.query.text.DatasetGraphText) dataset.asDatasetGraph();
        org.apache.jena.query.text.TextIndex index = text.getTextIndex();
        org.apache.jena.query.text.EntityDefinition def = index.getDocDef();
        long[] n = {0};
        Txn.executeWrite(dataset, () -> {
            if (index instanceof org.apache.jena.query.text.TextIndexLucene lucene) {
                try {
                    lucene.getIndexWriter().deleteAll();
                } catch (java.io.IOException e) {
                    throw new AkhbarException.StoreError("cannot clear the text index: " + e.getMessage(), e);
                }
            }
            base.asDatasetGraph().find().forEachRemaining(q -> {
                if (def.getField(q.getPredicate()) != null && q.getObject().isLiteral()) {
                    index.addEntity(org.apache.jena.query.text.TextQueryFuncs.entityFromQuad(def, q));
                    n[0]++;
                }
            });
        });
        return n[0];
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    public Iris iris() {
        return iris;
    }

    public Path dir() {
        return dir;
    }

    /** Replaces the graph of article {@code id} by {@code graph}, atomically. */
    public void replaceArticle(String id, Model graph) {
        String g = iris.graph(id);
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(g);
            dataset.addNamedModel(g, graph);
        });
    }

    /** Replaces a named graph that is not an article's (the gazetteer). */
    public void replaceGraph(String graphIri, Model graph) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphIri);
            dataset.addNamedModel(graphIri, graph);
        });
    }

    /** Removes article {@code id}; false if it was not stored. */
    public boolean removeArticle(String id) {
        String g = iris.graph(id);
        return Txn.calculateWrite(dataset, () -> {
            boolean present = dataset.containsNamedModel(g);
            if (present) {
                dataset.removeNamedModel(g);
            }
            return present;
        });
    }

    public boolean containsGraph(String graphIri) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graphIri));
    }

    /** The ids of the stored articles, sorted. */
    public List<String> articleIds() {
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            dataset.listNames().forEachRemaining(n -> {
                String id = iris.articleOfGraph(n);
                if (id != null && !n.equals(iris.gazetteerGraph())) {
                    out.add(id);
                }
            });
            out.sort(null);
            return out;
        });
    }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** Number of triples in one article's graph (0 if absent). */
    public long articleSize(String id) {
        return Txn.calculateRead(dataset, () -> dataset.getNamedModel(iris.graph(id)).size());
    }

    /** Parses a query, failing with the parser's message. */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new AkhbarException.BadQuery("malformed SPARQL: " + e.getMessage(), e);
        }
    }

    /** Runs a query in a read transaction and hands the execution to {@code f}. */
    public <T> T query(Query q, Function<QueryExecution, T> f) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(q, dataset)) {
                return f.apply(qe);
            }
        });
    }

    public boolean isInTransaction() {
        return dataset.isInTransaction();
    }

    public void begin(ReadWrite mode) {
        dataset.begin(mode);
    }

    @Override
    public void close() {
        dataset.close();
        if (dir != null) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(base.asDatasetGraph());
        }
    }
}
