package th.ita.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static th.ita.bench.LoadBench.*;

/** Random and malformed webhook input, by kind. */
final class Fuzz {

	final Sender sender;

	final LineStub line;

	final AtomicLong sent = new AtomicLong();

	final Map<String, Map<Integer, Long>> statuses = new ConcurrentHashMap<>();

	final List<String> users = new ArrayList<>();

	static final String[] EVENT_TYPES = { "message", "follow", "unfollow", "join", "leave", "postback", "beacon",
			"accountLink", "memberJoined", "memberLeft", "unsend", "videoPlayComplete", "things", "module", "activated",
			"deactivated", "botSuspended", "botResumed", "membership", "somethingNew" };

	static final String[] MESSAGE_TYPES = { "text", "image", "video", "audio", "file", "location", "sticker", "imagemap",
			"unknownKind" };

	static final String[] EIT_ITEMS = { "e1", "e1.1", "e1.5", "e2.3", "e4.1", "e4.3", "e5.1", "e5.4", "e9.3", "e10.4" };

	static final String[] IIT_ITEMS = { "i1", "i1.1", "i3.2", "i9.1", "i11.2", "i20.1", "i22.2" };

	Fuzz(Sender sender, LineStub line) {
		this.sender = sender;
		this.line = line;
		for (int i = 0; i < 60; i++) {
			users.add(Walker.newUserId());
		}
	}

	/** A postback an attacker could forge: other items, agencies, forms, values, shapes. */
	static String forgedPostback(ThreadLocalRandom r) {
		String item = r.nextBoolean() ? EIT_ITEMS[r.nextInt(EIT_ITEMS.length)] : IIT_ITEMS[r.nextInt(IIT_ITEMS.length)];
		String value = switch (r.nextInt(6)) {
			case 0 -> "yes";
			case 1 -> "no";
			case 2 -> "0";
			case 3 -> "99";
			default -> String.valueOf(1 + r.nextInt(4));
		};
		return switch (r.nextInt(12)) {
			case 0 -> "a:EIT:XYZ:" + item + ":" + value;
			case 1 -> "a:IIT:PKT:" + item + ":" + value;
			case 2 -> "a:OIT:PKT:o1:yes";
			case 3 -> "a:EIT:PKT:" + item + ":" + value + ":extra";
			case 4 -> "a:EIT:PKT:" + item;
			case 5 -> "a:EIT:PKT:../../" + item + ":" + value;
			case 6 -> "a:EIT:pkt:e99.9:" + value;
			case 7 -> "a:EIT:PKT:" + item + ":" + value + "\u0000";
			case 8 -> "survey:start:OIT:PKT";
			case 9 -> "survey:pick:" + "X".repeat(r.nextInt(1, 400));
			case 10 -> "a:EIT:PKT:e1.1:{\"$gt\":\"\"}";
			default -> "a:EIT:PKT:" + item + ":" + value;
		};
	}

	static String randomText(ThreadLocalRandom r, int max) {
		int len = r.nextInt(0, max + 1);
		StringBuilder sb = new StringBuilder(len);
		int[][] ranges = { { 0x20, 0x7e }, { 0x0e01, 0x0e5b }, { 0x1f300, 0x1faff }, { 0x00a0, 0x024f }, { 0x0000, 0x001f },
				{ 0x4e00, 0x4fff }, { 0xfe00, 0xfe0f }, { 0x200b, 0x200f } };
		while (sb.length() < len) {
			int[] range = ranges[r.nextInt(ranges.length)];
			sb.appendCodePoint(r.nextInt(range[0], range[1] + 1));
		}
		return sb.toString();
	}

	Map<String, Map<Integer, Long>> run(int count) throws Exception {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		// some fuzz users have a survey open, so junk reaches live sessions
		for (int i = 0; i < users.size(); i++) {
			String u = users.get(i);
			post("setup", Events.body(Events.text(u, Events.newId(), Events.token(), i % 3 == 0 ? "IIT PKT" : "EIT PKT")), true);
		}
		Semaphore inFlight = new Semaphore(16);
		List<CompletableFuture<Void>> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String user = users.get(r.nextInt(users.size()));
			int kind = r.nextInt(100);
			inFlight.acquire();
			CompletableFuture<Void> f;
			if (kind < 20) {
				String text = r.nextInt(10) == 0 ? randomText(r, 6000) + "ข".repeat(r.nextInt(0, 200)) : randomText(r, 200);
				if (r.nextInt(20) == 0) {
					text = "😀".repeat(2600); // 5,200 characters of emoji (surrogate pairs)
				}
				f = post("random text", Events.body(Events.text(user, Events.newId(), Events.token(), text)), true);
			}
			else if (kind < 30) {
				String data = r.nextBoolean() ? randomText(r, 400) : Long.toHexString(r.nextLong()) + ":" + randomText(r, 20);
				f = post("unknown postback data", Events.body(Events.postback(user, Events.newId(), Events.token(), data)), true);
			}
			else if (kind < 45) {
				f = post("forged postbacks", Events.body(Events.postback(user, Events.newId(), Events.token(), forgedPostback(r))), true);
			}
			else if (kind < 65) {
				f = post("every event type", Events.body(anyEvent(r, user)), true);
			}
			else if (kind < 75) {
				f = post("broken JSON", brokenJson(r, user), true);
			}
			else if (kind < 85) {
				f = post("missing or wrong fields", Events.body(missingFields(r, user)), true);
			}
			else if (kind < 95) {
				String body = Events.body(Events.text(user, Events.newId(), Events.token(), "EIT PKT"));
				String sig = switch (r.nextInt(5)) {
					case 0 -> null;
					case 1 -> "";
					case 2 -> Events.sign(body, "another-channel-secret");
					case 3 -> Events.sign(body + " ", CHANNEL_SECRET);
					default -> Base64.getEncoder().encodeToString(randomText(r, 40).getBytes(StandardCharsets.UTF_8));
				};
				f = postRaw("wrong signatures", body.getBytes(StandardCharsets.UTF_8), sig, "application/json");
			}
			else {
				// several events in one delivery, some of them junk
				List<String> events = new ArrayList<>();
				for (int k = r.nextInt(1, 6); k > 0; k--) {
					events.add(r.nextBoolean() ? anyEvent(r, users.get(r.nextInt(users.size())))
							: Events.postback(user, Events.newId(), Events.token(), forgedPostback(r)));
				}
				f = post("batches of events", Events.body(events.toArray(String[]::new)), true);
			}
			all.add(f.whenComplete((v, ex) -> inFlight.release()));
		}
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
		return statuses;
	}

	CompletableFuture<Void> post(String kind, String body, boolean signed) {
		return postRaw(kind, body.getBytes(StandardCharsets.UTF_8), signed ? sign(body) : null, "application/json; charset=UTF-8");
	}

	static String sign(String body) {
		return Events.sign(body, CHANNEL_SECRET);
	}

	CompletableFuture<Void> postRaw(String kind, byte[] body, String signature, String contentType) {
		sent.incrementAndGet();
		return sender.post(body, signature, contentType).thenAccept(a -> {
			statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(a.status(), 1L, Long::sum);
			if (a.status() >= 500 || a.status() < 0) {
				log("fuzz: " + kind + " got " + a.status() + ": " + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
			}
		});
	}

	static String source(ThreadLocalRandom r, String user) {
		return switch (r.nextInt(4)) {
			case 0 -> "{\"type\":\"group\",\"groupId\":\"Cdeadbeef\",\"userId\":" + Json.quote(user) + "}";
			case 1 -> "{\"type\":\"room\",\"roomId\":\"Rdeadbeef\"}";
			default -> "{\"type\":\"user\",\"userId\":" + Json.quote(user) + "}";
		};
	}

	static String anyEvent(ThreadLocalRandom r, String user) {
		String type = EVENT_TYPES[r.nextInt(EVENT_TYPES.length)];
		String head = "{\"type\":\"" + type + "\",\"mode\":\"" + (r.nextInt(10) == 0 ? "standby" : "active") + "\",\"timestamp\":"
				+ System.currentTimeMillis() + ",\"source\":" + source(r, user) + ",\"webhookEventId\":\"" + Events.newId()
				+ "\",\"deliveryContext\":{\"isRedelivery\":" + r.nextBoolean() + "},\"replyToken\":\"" + Events.token() + "\"";
		String id = String.valueOf(Events.SEQ.incrementAndGet());
		String rest = switch (type) {
			case "message" -> {
				String mt = MESSAGE_TYPES[r.nextInt(MESSAGE_TYPES.length)];
				yield ",\"message\":" + switch (mt) {
					case "text" -> "{\"type\":\"text\",\"id\":\"" + id + "\",\"quoteToken\":\"q\",\"text\":" + Json.quote(randomText(r, 50))
							+ ",\"emojis\":[{\"index\":0,\"length\":6,\"productId\":\"5ac1bfd5040ab15980c9b435\",\"emojiId\":\"001\"}]"
							+ ",\"mention\":{\"mentionees\":[{\"index\":0,\"length\":4,\"type\":\"all\"}]}}";
					case "image" -> "{\"type\":\"image\",\"id\":\"" + id + "\",\"quoteToken\":\"q\",\"contentProvider\":{\"type\":\"line\"},\"imageSet\":{\"id\":\"s\",\"index\":1,\"total\":2}}";
					case "video" -> "{\"type\":\"video\",\"id\":\"" + id + "\",\"quoteToken\":\"q\",\"duration\":1000,\"contentProvider\":{\"type\":\"external\",\"originalContentUrl\":\"https://example.com/v.mp4\"}}";
					case "audio" -> "{\"type\":\"audio\",\"id\":\"" + id + "\",\"duration\":1000,\"contentProvider\":{\"type\":\"line\"}}";
					case "file" -> "{\"type\":\"file\",\"id\":\"" + id + "\",\"fileName\":" + Json.quote(randomText(r, 30)) + ",\"fileSize\":2138}";
					case "location" -> "{\"type\":\"location\",\"id\":\"" + id + "\",\"title\":\"x\",\"address\":" + Json.quote(randomText(r, 40))
							+ ",\"latitude\":7.88,\"longitude\":98.39}";
					case "sticker" -> "{\"type\":\"sticker\",\"id\":\"" + id + "\",\"quoteToken\":\"q\",\"packageId\":\"446\",\"stickerId\":\"1988\",\"stickerResourceType\":\"ANIMATION_SOUND\",\"keywords\":[\"a\"]}";
					case "imagemap" -> "{\"type\":\"imagemap\",\"id\":\"" + id + "\"}";
					default -> "{\"type\":\"" + mt + "\",\"id\":\"" + id + "\",\"whatever\":[1,2,3]}";
				};
			}
			case "postback" -> ",\"postback\":{\"data\":" + Json.quote(r.nextBoolean() ? forgedPostback(r) : randomText(r, 100))
					+ (r.nextBoolean() ? ",\"params\":{\"datetime\":\"2026-11-24T10:00\"}" : "") + "}";
			case "beacon" -> ",\"beacon\":{\"hwid\":\"d41d8cd98f\",\"type\":\"enter\",\"dm\":" + Json.quote(randomText(r, 10)) + "}";
			case "accountLink" -> ",\"link\":{\"result\":\"ok\",\"nonce\":\"xxxxxxxxxxxxxxx\"}";
			case "memberJoined" -> ",\"joined\":{\"members\":[{\"type\":\"user\",\"userId\":" + Json.quote(user) + "}]}";
			case "memberLeft" -> ",\"left\":{\"members\":[{\"type\":\"user\",\"userId\":" + Json.quote(user) + "}]}";
			case "unsend" -> ",\"unsend\":{\"messageId\":\"" + id + "\"}";
			case "videoPlayComplete" -> ",\"videoPlayComplete\":{\"trackingId\":\"track-1\"}";
			case "things" -> ",\"things\":{\"deviceId\":\"t1\",\"type\":\"link\"}";
			case "module" -> ",\"module\":{\"type\":\"attached\",\"botId\":\"U1\",\"scopes\":[\"message:send\"]}";
			case "membership" -> ",\"membership\":{\"type\":\"joined\",\"membershipId\":3189}";
			case "follow" -> ",\"follow\":{\"isUnblocked\":" + r.nextBoolean() + "}";
			default -> "";
		};
		return head + rest + "}";
	}

	static String missingFields(ThreadLocalRandom r, String user) {
		String id = Events.newId();
		return switch (r.nextInt(14)) {
			case 0 -> "{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":1,\"webhookEventId\":\"" + id + "\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\"t\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"EIT PKT\"}}";
			case 1 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"EIT PKT\"}}";
			case 2 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\",\"message\":{\"type\":\"text\",\"id\":\"1\"}}";
			case 3 -> "{\"type\":\"postback\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\"}";
			case 4 -> "{\"type\":\"postback\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"postback\":{}}";
			case 5 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\"},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"t\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"EIT PKT\"}}";
			case 6 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":\"\"},\"message\":null}";
			case 7 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":null}}";
			case 8 -> "{\"type\":\"message\",\"timestamp\":\"yesterday\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"x\"}}";
			case 9 -> "{\"type\":\"message\",\"source\":\"user\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"x\"}}";
			case 10 -> "{\"type\":\"postback\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\",\"postback\":{\"data\":" + Json.quote("a:EIT:PKT:e1.1:" + "9".repeat(400)) + "}}";
			case 11 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":null,\"deliveryContext\":null,\"replyToken\":null,\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"ยกเลิก\"}}";
			case 12 -> "{}";
			default -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\",\"message\":{\"type\":\"text\",\"id\":1,\"text\":[\"EIT\",\"PKT\"]}}";
		};
	}

	static String brokenJson(ThreadLocalRandom r, String user) {
		String good = Events.body(Events.text(user, Events.newId(), Events.token(), "EIT PKT"));
		return switch (r.nextInt(12)) {
			case 0 -> good.substring(0, r.nextInt(1, good.length() - 1));
			case 1 -> "";
			case 2 -> "null";
			case 3 -> "[]";
			case 4 -> "{\"destination\":\"x\",\"events\":null}";
			case 5 -> "{\"destination\":\"x\",\"events\":[null]}";
			case 6 -> "{\"destination\":\"x\",\"events\":{}}";
			case 7 -> "{\"destination\":\"x\",\"events\":[1,\"two\",[3]]}";
			case 8 -> "[".repeat(r.nextInt(100, 5000));
			case 9 -> good.replace("\"events\"", "\"events\" \"events\"");
			case 10 -> randomText(r, 500);
			default -> good + "garbage";
		};
	}
}
