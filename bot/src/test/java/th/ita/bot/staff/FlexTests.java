package th.ita.bot.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlexTests {

	static FlexBubble bubbleOf(int rows) {
		List<FlexComponent> body = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			body.add(Flex.text("แถวที่ " + i + " ตัวชี้วัดการปฏิบัติหน้าที่", "xs"));
			body.add(Flex.bar(BigDecimal.valueOf(i % 100), Flex.GREEN, BigDecimal.valueOf(85)));
		}
		return new FlexBubble.Builder().body(Flex.vbox(body)).build();
	}

	@Test
	void aBubbleWithinThirtyKilobytesIsSentAsFlexWithItsAltTextCutTo400() {
		Message m = Flex.message("ก".repeat(1000), bubbleOf(10), List.of(), "fallback");
		assertThat(m).isInstanceOfSatisfying(FlexMessage.class,
				f -> assertThat(f.altText().codePointCount(0, f.altText().length())).isEqualTo(400));
	}

	@Test
	void aBubbleOverThirtyKilobytesIsSentAsItsTextFallback() {
		FlexBubble big = bubbleOf(200);
		assertThat(Flex.bytes(big)).isGreaterThan(Flex.MAX_BUBBLE_BYTES);
		Message m = Flex.message("alt", big, List.of(), "the same figures as text");
		assertThat(m).isInstanceOfSatisfying(TextMessage.class, t -> assertThat(t.text()).isEqualTo("the same figures as text"));
	}

	@Test
	void barsAreWholePercentsAndAnEmptyBarHasNoFill() {
		FlexBox bar = Flex.bar(new BigDecimal("74.62"), Flex.ORANGE, new BigDecimal("85"));
		assertThat(bar.contents()).hasSize(2);
		assertThat(bar.contents().get(0)).isInstanceOfSatisfying(FlexBox.class, fill -> {
			assertThat(fill.width()).isEqualTo("75%");
			assertThat(fill.backgroundColor()).isEqualTo(Flex.ORANGE);
		});
		assertThat(bar.contents().get(1)).isInstanceOfSatisfying(FlexBox.class, mark -> {
			assertThat(mark.position()).isEqualTo(FlexBox.Position.ABSOLUTE);
			assertThat(mark.offsetStart()).isEqualTo("85%");
		});
		assertThat(Flex.bar(new BigDecimal("0.00"), Flex.ORANGE, null).contents()).hasSize(1)
			.allSatisfy(c -> assertThat(c.getClass().getSimpleName()).isEqualTo("FlexFiller"));
	}
}
