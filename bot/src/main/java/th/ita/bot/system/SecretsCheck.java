package th.ita.bot.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No working default secret outside local try mode: once a real LINE channel secret is configured,
 * the bot (and every admin command) refuses to start while a secret is missing, shorter than 16
 * characters, one of the defaults committed in this repository, or the same as another secret
 * (each key serves one purpose). Checked before any bean is made, so nothing has opened the
 * database yet.
 */
@Component
class SecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String LOCAL_CHANNEL_SECRET = "local-channel-secret";

	/** Values committed in application.properties and docs: public, so never a secret. */
	static final Set<String> KNOWN_DEFAULTS = Set.of("local-channel-secret", "local-channel-token",
			"local-development-secret-change-me", "local-receipt-secret-change-me", "local-link-secret-change-me",
			"change-me", "changeme", "secret");

	/** A secret as the operator sets it: property, environment variable, shortest length we accept. */
	record Secret(String property, String variable, int minLength) {
	}

	/** Ours need 16 characters; LINE's token is LINE's to shape (real ones are far longer). */
	static final List<Secret> SECRETS = List.of(new Secret("ita.anonymity.secret", "ITA_ANONYMITY_SECRET", 16),
			new Secret("ita.complaints.receipt-secret", "ITA_RECEIPT_SECRET", 16),
			new Secret("ita.links.secret", "ITA_LINK_SECRET", 16),
			new Secret("line.bot.channel-token", "LINE_BOT_CHANNEL_TOKEN", 1));

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(environment::getProperty);
	}

	interface Settings {

		String get(String property);
	}

	static void check(Settings settings) {
		String channel = settings.get("line.bot.channel-secret");
		if (channel == null || channel.isBlank() || LOCAL_CHANNEL_SECRET.equals(channel)) {
			return; // local try mode: the defaults only let a newcomer run the bot without LINE
		}
		Map<String, Secret> seen = new HashMap<>();
		for (Secret s : SECRETS) {
			String value = settings.get(s.property());
			if (value == null || value.isBlank() || KNOWN_DEFAULTS.contains(value.trim()) || value.length() < s.minLength()) {
				throw new StartupRefusal("ไม่เริ่มระบบ: ต้องตั้งค่า " + s.variable() + " เป็นค่าสุ่มของท่านเอง (ยังไม่ได้ตั้ง สั้นกว่า 16 ตัว"
						+ " หรือเป็นค่าตัวอย่างที่เผยแพร่) / Refusing to start with a LINE channel configured: set " + s.variable()
						+ " (" + s.property() + ") to your own random value, e.g. $(openssl rand -base64 32); it is missing,"
						+ " shorter than 16 characters or a published default.");
			}
			Secret same = seen.putIfAbsent(value, s);
			if (same != null) {
				throw new StartupRefusal("ไม่เริ่มระบบ: " + s.variable() + " ต้องไม่ซ้ำกับ " + same.variable()
						+ " (แต่ละกุญแจใช้งานเดียว) / Refusing to start: " + s.variable() + " must differ from "
						+ same.variable() + " (one key per purpose).");
			}
		}
	}
}
