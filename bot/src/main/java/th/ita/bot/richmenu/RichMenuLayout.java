package th.ita.bot.richmenu;

import java.util.ArrayList;
import java.util.List;

/**
 * The bot's rich menu: six areas in a 3 x 2 grid on LINE's large size (2500 x 1686), each sending
 * the word the chat understands, as if the person had typed it.
 */
record RichMenuLayout(int width, int height, List<Area> areas) {

	/** {@code actionLabel}: what screen readers say, at most 20 characters as LINE requires. */
	record Area(int x, int y, int width, int height, String label, String actionLabel, String text) {
	}

	/**
	 * Label on the picture, the action's label, and the text a tap sends (the words ChatRouter and
	 * the features know).
	 */
	static final String[][] BUTTONS = { { "ทำแบบประเมิน", "ทำแบบประเมิน", "ทำแบบประเมิน" },
			{ "ร้องเรียนการทุจริต", "ร้องเรียนการทุจริต", "ร้องเรียน" }, { "แสดงความคิดเห็น", "แสดงความคิดเห็น", "ความคิดเห็น" },
			{ "ติดตามเรื่อง", "ติดตามเรื่อง", "ติดตาม" }, { "ผลคะแนน (เจ้าหน้าที่)", "ผลคะแนน เจ้าหน้าที่", "คะแนน" },
			{ "ช่วยเหลือ", "ช่วยเหลือ", "ช่วยเหลือ" } };

	static RichMenuLayout standard() {
		int width = 2500;
		int height = 1686;
		int[] xs = { 0, 833, 1667, 2500 };
		int[] ys = { 0, 843, 1686 };
		List<Area> areas = new ArrayList<>();
		for (int i = 0; i < BUTTONS.length; i++) {
			int col = i % 3;
			int row = i / 3;
			areas.add(new Area(xs[col], ys[row], xs[col + 1] - xs[col], ys[row + 1] - ys[row], BUTTONS[i][0], BUTTONS[i][1],
					BUTTONS[i][2]));
		}
		return new RichMenuLayout(width, height, List.copyOf(areas));
	}

	List<String> labels() {
		return areas.stream().map(Area::label).toList();
	}
}
