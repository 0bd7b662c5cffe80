package th.ita.bot.greeting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GreetingChatTests {

	@Test
	void politeEndingsPunctuationAndEmojiAreDropped() {
		assertThat(GreetingChat.word("สวัสดีครับ")).isEqualTo("สวัสดี");
		assertThat(GreetingChat.word("สวัสดีค่ะ 🙏")).isEqualTo("สวัสดี");
		assertThat(GreetingChat.word("หวัดดีจ้า!!")).isEqualTo("หวัดดี");
		assertThat(GreetingChat.word("Hello!")).isEqualTo("HELLO");
		assertThat(GreetingChat.word("hiii")).isEqualTo("HI");
		assertThat(GreetingChat.word("ขอบคุณมากครับ")).isEqualTo("ขอบคุณมาก");
		assertThat(GreetingChat.word("ขอบคุณนะคะ")).isEqualTo("ขอบคุณ");
	}

	@Test
	void otherWordsStayThemselves() {
		assertThat(GreetingChat.word("สวัสดิการ")).isEqualTo("สวัสดิการ");
		assertThat(GreetingChat.word("ครับ")).isEqualTo("ครับ");
	}
}
