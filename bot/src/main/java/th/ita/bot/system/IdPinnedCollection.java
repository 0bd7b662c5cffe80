package th.ita.bot.system;

import java.util.Collection;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that looks a document up by its id whenever a filter pins {@code _id} to one
 * value and tests other fields too. mongo-java-server uses an index only when the filter has
 * exactly the index's fields, so a compare-and-set such as {@code {_id: x, state: "PENDING"}}
 * would match every document of the collection (the inbox alone holds a day of handled ids).
 * The other fields are still matched by the library's own matcher.
 */
class IdPinnedCollection extends H2Collection {

	private static final String ID_INDEX = "_id_";

	IdPinnedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
			MVMap<String, Object> meta, CursorRegistry cursors) {
		super(database, name, options, data, meta, cursors);
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
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

	/** The library has changed the stored document in place (AbstractMongoCollection.updateDocument). */
	@Override
	protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
		DocumentType.changing(newDocument);
		super.handleUpdate(position, oldDocument, newDocument);
	}
}
