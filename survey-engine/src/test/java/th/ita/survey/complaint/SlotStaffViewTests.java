package th.ita.survey.complaint;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.ita.survey.complaint.ComplaintCommand.*;
import th.ita.survey.opinion.Opinion;
import th.ita.survey.opinion.Opinions;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The empty storage slots around the complaints and opinions never reach staff: listings, counts
 * and statistics see filed ones only, listed by day, then case number.
 */
class SlotStaffViewTests {

	final ComplaintRig rig = new ComplaintRig();

	ComplaintDesk desk;

	StaffMember admin = StaffMember.of("admin", "PKT", LocalDate.of(2026, 11, 1), StaffMember.Role.PROVINCE_ADMIN, StaffMember.Role.COMPLAINT_OFFICER);

	StaffMember staff = StaffMember.of("staff", "PKT", LocalDate.of(2026, 11, 1), StaffMember.Role.VIEWER, StaffMember.Role.COMPLAINT_OFFICER);

	@BeforeEach
	void start() {
		desk = new ComplaintDesk(rig.mongo, new Opinions(rig.mongo, rig.clock), rig.photos, rig.clock,
				new th.ita.survey.staff.StaffAudit(rig.mongo, rig.clock));
	}

	@AfterEach
	void stop() {
		rig.close();
	}

	@Test
	void staffSeeFiledComplaintsAndOpinionsOnlyByDayThenCaseNumber() {
		for (int day = 0; day < 2; day++) {
			for (int i = 0; i < 3; i++) {
				String user = String.format("U%032x", 10 * day + i);
				rig.service.handle(user, new StartComplaint("PKT"));
				rig.service.handle(user, new PickCategory(Category.OTHER));
				rig.service.handle(user, new Text("เรื่องที่ " + day + "-" + i));
				rig.service.handle(user, new Done());
				assertThat(rig.service.handle(user, new Confirm())).isInstanceOf(ComplaintStep.Filed.class);
				rig.service.handle(user, new StartOpinion("PKT"));
				rig.service.handle(user, new PickTopic(null));
				rig.service.handle(user, new Text("ความเห็น " + day + "-" + i));
			}
			rig.clock.advance(Duration.ofDays(1));
		}
		assertThat(rig.mongo.getCollection("complaints").countDocuments()).as("slots are there").isGreaterThan(100);

		for (StaffMember who : List.of(admin, staff)) {
			for (boolean all : new boolean[] { true, false }) {
				List<Complaint> listed = desk.waiting(who, all, 100);
				assertThat(listed).hasSize(6).allSatisfy(c -> assertThat(c.agency()).isEqualTo("PKT"));
				assertThat(listed).isSortedAccordingTo(
						Comparator.comparing(Complaint::filedOn).thenComparing(Complaint::caseNumber));
			}
			List<Opinion> opinions = desk.opinions(who, 100);
			assertThat(opinions).hasSize(6).allSatisfy(o -> assertThat(o.text()).startsWith("ความเห็น"));
			assertThat(opinions).isSortedAccordingTo(Comparator.comparing(Opinion::submittedOn).reversed());
			assertThat(desk.statistics(who, null, 2570).total()).isEqualTo(6);
		}
	}
}
