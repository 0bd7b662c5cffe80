package th.ita.bot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ita.complaints.*}, checked at start by {@link SecretsCheck}.
 *
 * @param receiptSecret ITA_RECEIPT_SECRET: key of the receipt codes; changing it makes every
 * receipt code already handed out unfindable
 */
@ConfigurationProperties("ita.complaints")
public record ComplaintSettings(String receiptSecret) {

	public ComplaintSettings {
		if (receiptSecret == null || receiptSecret.isBlank()) {
			throw new IllegalArgumentException("ita.complaints.receipt-secret (ITA_RECEIPT_SECRET) is not set");
		}
	}
}
