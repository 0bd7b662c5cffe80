package th.ita.survey.complaint;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintStatusTests {

	@Test
	void aReceivedComplaintCanBeInvestigatedReferredClosedOrRejected() {
		assertThat(ComplaintStatus.RECEIVED.next()).containsExactlyInAnyOrder(ComplaintStatus.INVESTIGATING,
				ComplaintStatus.REFERRED, ComplaintStatus.CLOSED, ComplaintStatus.REJECTED);
		assertThat(ComplaintStatus.RECEIVED.moveTo(ComplaintStatus.INVESTIGATING)).isEqualTo(ComplaintStatus.INVESTIGATING);
		assertThat(ComplaintStatus.REFERRED.canMoveTo(ComplaintStatus.INVESTIGATING)).isTrue();
	}

	@Test
	void parsesThaiLabelsAndEnglishNames() {
		assertThat(ComplaintStatus.parse("กำลังตรวจสอบ")).contains(ComplaintStatus.INVESTIGATING);
		assertThat(ComplaintStatus.parse("ส่งต่อ หน่วยงาน")).contains(ComplaintStatus.REFERRED);
		assertThat(ComplaintStatus.parse("closed")).contains(ComplaintStatus.CLOSED);
		assertThat(ComplaintStatus.parse("เสร็จ")).isEmpty();
	}

	@Test
	void caseNumbersAndReferencesRoundTrip() {
		assertThat(new CaseNumber(2569, 42)).hasToString("C2569-0042");
		assertThat(CaseNumber.parse("c2569-0042")).contains(new CaseNumber(2569, 42));
		assertThat(CaseRef.parse("pkt/C2569-0042")).contains(new CaseRef("PKT", new CaseNumber(2569, 42)));
		assertThat(CaseRef.parse("C2569-12345")).contains(new CaseRef(null, new CaseNumber(2569, 12345)));
		assertThat(CaseRef.parse("2569-0042")).isEmpty();
	}

	@Nested
	class Refuses {

		@Test
		void anyMoveOutOfClosed() {
			for (ComplaintStatus s : ComplaintStatus.values()) {
				assertThat(ComplaintStatus.CLOSED.canMoveTo(s)).isFalse();
			}
			assertThatThrownBy(() -> ComplaintStatus.CLOSED.moveTo(ComplaintStatus.INVESTIGATING))
				.isInstanceOf(IllegalStateException.class);
		}

		@Test
		void anyMoveOutOfRejected() {
			for (ComplaintStatus s : ComplaintStatus.values()) {
				assertThat(ComplaintStatus.REJECTED.canMoveTo(s)).isFalse();
			}
			assertThat(ComplaintStatus.REJECTED.isFinal()).isTrue();
			assertThat(ComplaintStatus.REJECTED.needsReason()).isTrue();
			assertThat(ComplaintStatus.CLOSED.needsReason()).isTrue();
			assertThat(ComplaintStatus.INVESTIGATING.needsReason()).isFalse();
		}

		@Test
		void goingBackToReceivedOrStayingPut() {
			assertThat(ComplaintStatus.INVESTIGATING.canMoveTo(ComplaintStatus.RECEIVED)).isFalse();
			assertThat(ComplaintStatus.INVESTIGATING.canMoveTo(ComplaintStatus.INVESTIGATING)).isFalse();
		}
	}
}
