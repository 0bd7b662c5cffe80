package th.ita.bot.richmenu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuSize;

import org.springframework.stereotype.Component;

import th.ita.bot.system.AdminCommand;

/**
 * {@code java -jar bot/target/ita-bot.jar rich-menu [--image FILE] [--dry-run]}: draws the menu
 * picture, creates the rich menu through the Messaging API, uploads the picture and makes it every
 * user's default. {@code --image} also saves the PNG; {@code --dry-run} only saves it.
 */
@Component
class RichMenuCommand implements AdminCommand {

	private final MessagingApiClient client;

	private final MessagingApiBlobClient blobs;

	RichMenuCommand(MessagingApiClient client, MessagingApiBlobClient blobs) {
		this.client = client;
		this.blobs = blobs;
	}

	@Override
	public String name() {
		return "rich-menu";
	}

	@Override
	public String usage() {
		return "rich-menu [--image FILE] [--dry-run]   create the bot's rich menu (Thai picture drawn here) and set it as default";
	}

	@Override
	public int run(List<String> args) {
		int i = args.indexOf("--image");
		Path imageFile = i >= 0 && i + 1 < args.size() ? Path.of(args.get(i + 1)) : null;
		boolean dryRun = args.contains("--dry-run");
		RichMenuLayout layout = RichMenuLayout.standard();
		Optional<String> family = RichMenuImage.thaiFontFamily(layout.labels());
		if (family.isPresent()) {
			System.out.println("font: " + family.get() + " (an installed font that displays the Thai labels)");
		}
		else {
			System.out.println("WARNING: no installed font can display Thai; the labels will show as boxes. "
					+ "Install one (Debian: apt-get install fonts-thai-tlwg) and run again.");
		}
		byte[] png = RichMenuImage.png(layout, family.orElse(java.awt.Font.SANS_SERIF));
		try {
			if (imageFile != null) {
				Files.write(imageFile, png);
				System.out.println("image: " + imageFile.toAbsolutePath() + " (" + png.length + " bytes)");
			}
			if (dryRun) {
				return 0;
			}
			String id = await(client.createRichMenu(request(layout))).body().richMenuId();
			System.out.println("created rich menu " + id);
			await(blobs.setRichMenuImage(id, UploadFile.fromByteArray(png, "image/png")));
			System.out.println("uploaded image " + layout.width() + "x" + layout.height() + " PNG, " + png.length + " bytes");
			await(client.setDefaultRichMenu(id));
			System.out.println("set as the default rich menu for all users");
			return 0;
		}
		catch (IOException | ExecutionException | TimeoutException ex) {
			System.err.println("rich menu failed: " + ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	static RichMenuRequest request(RichMenuLayout layout) {
		List<RichMenuArea> areas = layout.areas()
			.stream()
			.map(a -> new RichMenuArea.Builder()
				.bounds(new RichMenuBounds.Builder().x((long) a.x())
					.y((long) a.y())
					.width((long) a.width())
					.height((long) a.height())
					.build())
				.action(new MessageAction.Builder().label(a.actionLabel()).text(a.text()).build())
				.build())
			.toList();
		return new RichMenuRequest.Builder()
			.size(new RichMenuSize.Builder().width((long) layout.width()).height((long) layout.height()).build())
			.selected(true)
			.name("ITA bot menu")
			.chatBarText("เมนู ITA")
			.areas(areas)
			.build();
	}

	private static <T> T await(java.util.concurrent.CompletableFuture<T> future)
			throws ExecutionException, InterruptedException, TimeoutException {
		return future.get(30, TimeUnit.SECONDS);
	}
}
