package th.ita.bot.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.bot.support.TestClock;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox from outside: replays taken once, a poison event set aside without blocking its lane,
 * bodies that cannot fill the heap.
 */
class InboxIntegrationTests extends BotIntegrationTest {

	@Autowired
	InboxHandler handler;

	@Autowired
	InboxWorkers workers;

	@AfterEach
	void noFault() {
		handler.setFault(null);
	}


	/** A person with a complaint draft open, waiting for its details. */
	ChatUser midComplaint() {
		ChatUser p = newPerson();
		Complaints.begin(p, "PKT", "จัดซื้อจัดจ้าง");
		return p;
	}

	/** What the bot answered to this event. */
	String textOfReplyTo(ObjectNode event) {
		return ChatUser.textOf(line.replyTo(event.path("replyToken").asText()));
	}

	int occurrencesInReview(ChatUser p, String phrase) {
		p.taps("✅ ตรวจทานและส่ง");
		String review = p.lastText();
		assertThat(review).contains("ตรวจทานเรื่องร้องเรียน");
		return review.split(java.util.regex.Pattern.quote(phrase), -1).length - 1;
	}

	@Test
	void theSameSignedBodyPostedTwiceWithoutTheRedeliveryFlagHasOneEffect() {
		ChatUser p = midComplaint();
		String phrase = "เงินทอนหาย " + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode event = Webhook.text(p.userId(), phrase);
		String body = Webhook.body(event);
		assertThat(webhook.post(body, webhook.sign(body))).isEqualTo(200);
		assertThat(textOfReplyTo(event)).contains("รับข้อความแล้ว");
		assertThat(webhook.post(body, webhook.sign(body))).isEqualTo(200);
		p.assertNoOtherReply();
		assertThat(occurrencesInReview(p, phrase)).isEqualTo(1);
	}

	@Test
	void oneEventTwiceInOneBodyHasOneEffect() {
		ChatUser p = midComplaint();
		String phrase = "ใบเสร็จปลอม " + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode event = Webhook.text(p.userId(), phrase);
		assertThat(webhook.post(event, event.deepCopy())).isEqualTo(200);
		assertThat(textOfReplyTo(event)).contains("รับข้อความแล้ว");
		p.assertNoOtherReply();
		assertThat(occurrencesInReview(p, phrase)).isEqualTo(1);
	}

	@Test
	void aReplayBatchedWithANewEventTakesOnlyTheNewOne() {
		ChatUser p = midComplaint();
		ObjectNode first = Webhook.text(p.userId(), "ส่วนแรก");
		assertThat(webhook.post(first)).isEqualTo(200);
		textOfReplyTo(first);
		ObjectNode second = Webhook.text(p.userId(), "ส่วนที่สอง");
		assertThat(webhook.post(first.deepCopy(), second)).isEqualTo(200);
		assertThat(textOfReplyTo(second)).contains("รับข้อความแล้ว");
		p.assertNoOtherReply();
		assertThat(occurrencesInReview(p, "ส่วนแรก")).isEqualTo(1);
		assertThat(p.lastText()).contains("ส่วนที่สอง");
	}

	@Test
	void aPoisonEventIsSetAsideAfterThreeTriesAndTheOthersInItsLaneAreAnswered() throws Exception {
		String poisoned = newUserId();
		String neighbour = newUserId();
		while (workers.laneOf(neighbour) != workers.laneOf(poisoned)) {
			neighbour = newUserId();
		}
		String victim = poisoned;
		List<Integer> tries = java.util.Collections.synchronizedList(new ArrayList<>());
		handler.setFault(entry -> {
			if (victim.equals(entry.userId())) {
				tries.add(entry.attempts());
				throw new OutOfMemoryError("test: a decoder ran out of memory");
			}
		});
		ObjectNode poison = Webhook.text(poisoned, "EIT PKT");
		ObjectNode next = Webhook.text(neighbour, "EIT PKT");
		assertThat(webhook.post(poison, next)).isEqualTo(200);
		assertThat(textOfReplyTo(next)).as("the neighbour in the same lane").contains("ข้อ 1/19");
		String id = poison.get("webhookEventId").asText();
		Document entry = awaitState(id, InboxStore.SET_ASIDE);
		assertThat(tries).containsExactly(1, 2, 3);
		assertThat(entry.keySet()).containsExactlyInAnyOrder("_id", "state", "kind", "error", "expiresAt");
		assertThat(entry.getString("error")).isEqualTo(OutOfMemoryError.class.getName());
		assertThat(workers.status().setAside()).isPositive();
		// the lane is alive: the poisoned person's next message (no fault now) is answered
		handler.setFault(null);
		ChatUser again = person(poisoned);
		again.says("EIT PKT");
		assertThat(again.lastText()).contains("ข้อ 1/19");
	}

	Document awaitState(String id, String state) throws InterruptedException {
		return org.awaitility.Awaitility.await("inbox entry " + state)
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> mongo.getCollection(InboxStore.COLLECTION).find(new Document("_id", id)).first(),
					d -> d != null && state.equals(d.getString("state")));
	}

	@Test
	void aHandledEntryKeepsItsIdAndADayOnly() throws Exception {
		ObjectNode event = Webhook.text(newUserId(), "ช่วยเหลือ");
		assertThat(webhook.post(event)).isEqualTo(200);
		textOfReplyTo(event);
		Document d = awaitState(event.get("webhookEventId").asText(), InboxStore.DONE);
		assertThat(d.keySet()).containsExactlyInAnyOrder("_id", "state", "expiresAt");
		assertThat(d.getDate("expiresAt").toInstant().atZone(TestClock.BANGKOK).toLocalTime())
			.isEqualTo(java.time.LocalTime.MIDNIGHT);
	}

	int healthStatus() throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@Test
	void healthIsDownWhileAnEventWaitsTooLongAndUpOnceItIsHandled() throws Exception {
		String id = "01STALLED" + UUID.randomUUID().toString().replace("-", "");
		mongo.getCollection(InboxStore.COLLECTION)
			.insertOne(new Document("_id", id).append("state", InboxStore.PENDING)
				.append("source", "USER")
				.append("kind", "TEXT")
				.append("userId", newUserId())
				.append("text", "ช่วยเหลือ")
				.append("replyToken", "rt-stalled")
				.append("at", java.util.Date.from(clock.instant().minusSeconds(600)))
				.append("attempts", 0));
		// its handling is held up (a slow database, say) while it is queued: the inbox stops draining
		java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		handler.setFault(entry -> {
			if (entry.id().equals(id)) {
				held.countDown();
				try {
					release.await(10, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		});
		workers.requeueUnhandled(); // what start-up recovery and the supervisor's sweep do
		assertThat(held.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(healthStatus()).as("an event waiting 10 minutes").isEqualTo(503);
		release.countDown();
		awaitState(id, InboxStore.DONE);
		assertThat(ChatUser.textOf(line.replyTo("rt-stalled"))).contains("ทำแบบประเมิน");
		assertThat(healthStatus()).isEqualTo(200);
	}

	@Test
	void unsignedOversizedBodiesCannotExhaustMemoryAndSignedEventsAreStillAnswered() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI url = URI.create("http://127.0.0.1:" + port + "/callback");
		byte[] twoMegabytes = new byte[2 * 1024 * 1024];
		byte[] almostOne = new byte[1000 * 1000];
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < 120; i++) {
				byte[] body = i % 2 == 0 ? twoMegabytes : almostOne;
				statuses.add(pool.submit(() -> http
					.send(HttpRequest.newBuilder(url).header("x-line-signature", "forged")
						.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode()));
			}
			String userId = newUserId();
			ObjectNode start = Webhook.text(userId, "EIT PKT");
			CompletableFuture<Integer> signed = CompletableFuture.supplyAsync(() -> webhook.post(start));
			List<Integer> seen = new ArrayList<>();
			for (int i = 0; i < statuses.size(); i++) {
				int status = statuses.get(i).get();
				seen.add(status);
				assertThat(status).isIn(i % 2 == 0 ? List.of(413) : List.of(400, 503));
			}
			int signedStatus = signed.get();
			assertThat(signedStatus).isIn(200, 503);
			if (signedStatus == 503) {
				assertThat(webhook.post(start)).as("LINE delivers it again").isEqualTo(200);
			}
			assertThat(textOfReplyTo(start)).contains("ข้อ 1/19");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aBodyThatTricklesInIsDroppedAfterTheReadTimeout() throws Exception {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			var out = socket.getOutputStream();
			out.write(("POST /callback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
					+ "x-line-signature: x\r\n\r\n{").getBytes());
			out.flush();
			long start = System.nanoTime();
			String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
			long seconds = (System.nanoTime() - start) / 1_000_000_000;
			// nothing more is sent: the connection's read timeout (5 s) ends it, not the client
			assertThat(seconds).isLessThan(15);
			assertThat(status == null || !status.contains(" 200 ")).isTrue();
		}
	}

	@Test
	void aChunkedBodyLargerThanTheCapIsRefusedWith413() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		byte[] big = new byte[3 * 1024 * 1024];
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
			.header("x-line-signature", "x")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
			.build();
		assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
	}

	/** While it waits, an entry holds who sent it and what only sealed: the file keeps old page versions. */
	@Test
	void aWaitingEntryHoldsTheSenderAndTheTextOnlySealed() throws Exception {
		ChatUser p = midComplaint();
		ObjectNode event = Webhook.text(p.userId(), "ทุจริตในการจัดซื้อโครงการถนน");
		String id = event.get("webhookEventId").asText();
		java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		handler.setFault(entry -> {
			if (entry.id().equals(id)) {
				held.countDown();
				try {
					release.await(10, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		});
		String body = Webhook.body(event);
		assertThat(webhook.post(body, webhook.sign(body))).isEqualTo(200);
		assertThat(held.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		String stored = mongo.getCollection(InboxStore.COLLECTION).find(new Document("_id", id)).first().toJson();
		assertThat(stored).doesNotContain(p.userId()).doesNotContain("ทุจริต").doesNotContain(event.path("replyToken").asText());
		release.countDown();
		awaitState(id, InboxStore.DONE);
		assertThat(textOfReplyTo(event)).isNotBlank();
	}
}
