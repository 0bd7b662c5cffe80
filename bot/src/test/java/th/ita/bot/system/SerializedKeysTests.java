package th.ita.bot.system;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading back what a commit just wrote gives the object already in memory when its bytes are
 * exactly the ones read, and a freshly deserialized one otherwise.
 */
class SerializedKeysTests {

	@Test
	void theSameBytesGiveTheObjectInMemoryOtherBytesANewOne() {
		SerializedKeys keys = new SerializedKeys(1_000, 1L << 20);
		Document stored = new Document("_id", "a").append("n", 1);
		byte[] written = keys.bytes(stored);

		ByteBuffer page = ByteBuffer.allocate(written.length + 8);
		page.put(new byte[] { 7, 7, 7 }).put(written).flip().position(3);
		assertThat(keys.read(page, written.length)).isSameAs(stored);
		assertThat(page.remaining()).isZero();

		Document other = new Document("_id", "a").append("n", 2);
		byte[] otherBytes = ObjectDataType.serialize(other);
		Object read = keys.read(ByteBuffer.wrap(otherBytes), otherBytes.length);
		assertThat(read).isNotSameAs(stored).isEqualTo(other);
		assertThat(keys.read(ByteBuffer.wrap(otherBytes), otherBytes.length)).as("remembered once read").isSameAs(read);
	}

	@Test
	void aForgottenObjectIsNotGivenForItsOldBytes() {
		SerializedKeys keys = new SerializedKeys(1_000, 1L << 20);
		Document stored = new Document("_id", "a").append("n", 1);
		byte[] written = keys.bytes(stored);
		stored.put("n", 2); // changed in place, as the library's update does before telling
		keys.forget(stored);
		Object read = keys.read(ByteBuffer.wrap(written), written.length);
		assertThat(read).isNotSameAs(stored).isEqualTo(new Document("_id", "a").append("n", 1));
	}
}
