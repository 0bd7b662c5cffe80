package th.ita.survey.complaint;

import java.util.Optional;

/** What a complaint is about; the yearly statistic (OIT o31) counts by these. */
public enum Category {

	BRIBERY("เรียกรับสินบน/ผลประโยชน์"),
	PROCUREMENT("จัดซื้อจัดจ้าง"),
	STATE_PROPERTY("ใช้ทรัพย์สินราชการ"),
	ABUSE_OF_POWER("ใช้อำนาจโดยมิชอบ"),
	OTHER("อื่น ๆ");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<Category> parse(String name) {
		for (Category c : values()) {
			if (c.name().equalsIgnoreCase(name) || c.label.equals(name)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}
}
