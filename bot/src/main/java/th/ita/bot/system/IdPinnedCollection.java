package th.ita.bot.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that looks a document up by its id whenever a filter pins {@code _id} to one
 * value and tests other fields too. mongo-java-server uses an index only when the filter has
 * exactly the index's fields, so a compare-and-set such as {@code {_id: x, state: "PENDING"}}
 * would match every document of the collection (the inbox alone holds a day of handled ids).
 * The other fields are still matched by the library's own matcher.
 * <p>
 * An update gets copies of the documents it matched: the library changes the matched object in
 * place and puts it back, and the stored object may be on a page that a commit is writing right
 * now ({@link GroupCommit} lets commands run while a commit writes). Stored objects never change.
 */
class IdPinnedCollection extends H2Collection {

	private static final String ID_INDEX = "_id_";

	private static final ThreadLocal<Boolean> UPDATING = new ThreadLocal<>();

	IdPinnedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
			MVMap<String, Object> meta, CursorRegistry cursors) {
		super(database, name, options, data, meta, cursors);
	}

	@Override
	public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
			boolean multi, boolean upsert, Oplog oplog) {
		UPDATING.set(Boolean.TRUE);
		try {
			return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
		}
		finally {
			UPDATING.remove();
		}
	}

	@Override
	public synchronized Document findAndModify(Document query) {
		UPDATING.set(Boolean.TRUE);
		try {
			return super.findAndModify(query);
		}
		finally {
			UPDATING.remove();
		}
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
			Document fields) {
		QueryResult result = lookUp(query, orderBy, skip, limit, batchSize, fields);
		if (UPDATING.get() == null || result.getCursorId() != 0) {
			return result;
		}
		List<Document> copies = new ArrayList<>();
		for (Document d : result) {
			copies.add(d.cloneDeeply());
		}
		return new QueryResult(copies);
	}

	private QueryResult lookUp(Document query, Document orderBy, int skip, int limit, int batchSize,
			Document fields) {
		Object id = query.get("_id");
		if (query.size() > 1 && id != null && !(id instanceof Document) && !(id instanceof Collection)) {
			for (Index<Object> index : getIndexes()) {
				if (ID_INDEX.equals(index.getName())) {
					Iterable<Object> positions = index.getPositions(new Document("_id", id));
					return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fields);
				}
			}
		}
		return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
	}

	/** The library has changed the (copied) document in place (AbstractMongoCollection.updateDocument). */
	@Override
	protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
		DocumentType.changing(newDocument);
		super.handleUpdate(position, oldDocument, newDocument);
	}
}
