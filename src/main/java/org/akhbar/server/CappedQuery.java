package org.akhbar.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Fuseki's query service with a cap on result rows: a missing or larger LIMIT is lowered to it. */
final class CappedQuery extends SPARQL_QueryDataset {
    private final int maxRows;

    CappedQuery(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight();
        if (maxRows > 0 && (q.isSelectType() || q.isConstructType() || q.isDescribeType())
                && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q = q.cloneQuery();
            q.setLimit(maxRows);
            return Pair.create(p.getLeft(), q);
        }
        return p;
    }
}
