package th.ita.survey.complaint;

/**
 * Where a photo's bytes come from (the bot downloads them from LINE); fetched only once the
 * conversation has accepted the photo.
 */
@FunctionalInterface
public interface PhotoSource {

	/** The photo's bytes; refuses more than {@code maxBytes}. */
	byte[] fetch(int maxBytes) throws Unavailable;

	class Unavailable extends Exception {

		private final boolean tooLarge;

		public Unavailable(String message, boolean tooLarge) {
			super(message);
			this.tooLarge = tooLarge;
		}

		public boolean tooLarge() {
			return tooLarge;
		}
	}
}
