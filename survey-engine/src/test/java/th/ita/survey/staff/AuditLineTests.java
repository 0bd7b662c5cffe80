package th.ita.survey.staff;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.ita.scoring.Tool;
import th.ita.survey.staff.StaffMember.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The audit trail's line for each staff command and admin request: no codes, names, labels or links. */
class AuditLineTests {

	@Test
	void staffCommandsAreAuditedWithoutFreeTextCodesOrLinks() {
		assertThat(new StaffCommand.Register("K7QX-M4TP").audit()).isEqualTo("register");
		assertThat(new StaffCommand.Score("PKT").audit()).isEqualTo("score");
		assertThat(new StaffCommand.Score("PKT", 2568).audit()).isEqualTo("score 2568");
		assertThat(new StaffCommand.ShowIndicator("3", null).audit()).isEqualTo("indicator 3");
		assertThat(new StaffCommand.ShowItem("i3.1", null).audit()).isEqualTo("item i3.1");
		assertThat(new StaffCommand.Weaknesses(null).audit()).isEqualTo("weak");
		assertThat(new StaffCommand.ListOit(null).audit()).isEqualTo("oit");
		assertThat(new StaffCommand.JudgeOit("o30", true, "https://example.go.th/x", null).audit()).isEqualTo("oit o30 pass");
		assertThat(new StaffCommand.JudgeOit("o30", false, null, null).audit()).isEqualTo("oit o30 fail");
		assertThat(new StaffCommand.SetPopulation(Tool.IIT, 120, null).audit()).isEqualTo("set headcount 120");
		assertThat(new StaffCommand.SetPopulation(Tool.EIT, 900, null).audit()).isEqualTo("set users 900");
		assertThat(new StaffCommand.Register("K7QX-M4TP").agency()).isNull();
	}

	@Test
	void adminRequestsAreAuditedWithoutCodesNamesOrLabels() {
		Set<Role> roles = new LinkedHashSet<>(List.of(Role.VIEWER, Role.OIT_EDITOR));
		assertThat(new AdminRequest.IssueCode(roles, null).audit()).isEqualTo("issue code [VIEWER, OIT_EDITOR]");
		assertThat(new AdminRequest.ListCodes(null).audit()).isEqualTo("list codes");
		assertThat(new AdminRequest.RevokeCode("K7QX-M4TP").audit()).isEqualTo("revoke code");
		assertThat(new AdminRequest.ListStaff(null).audit()).isEqualTo("list staff");
		assertThat(new AdminRequest.SetRoles("ab12", roles).audit()).isEqualTo("set roles ab12 [VIEWER, OIT_EDITOR]");
		assertThat(new AdminRequest.RemoveStaff("ab12").audit()).isEqualTo("remove staff ab12");
		assertThat(new AdminRequest.AddAgency("HRD", "สำนักงานสาธารณสุขจังหวัดภูเก็ต").audit()).isEqualTo("add agency HRD");
		assertThat(new AdminRequest.RenameAgency("ชื่อใหม่", null).audit()).isEqualTo("rename agency");
		assertThat(new AdminRequest.SetIitCode("NEWCODE", null).audit()).isEqualTo("set iit code");
		assertThat(new AdminRequest.CreateScreen("จอหน้าห้อง", null).audit()).isEqualTo("create display screen");
		assertThat(new AdminRequest.ListScreens(null).audit()).isEqualTo("list display screens");
		assertThat(new AdminRequest.RevokeScreen("cd34").audit()).isEqualTo("revoke display screen cd34");
		assertThat(new AdminRequest.RevokeCode("K7QX-M4TP").agency()).isNull();
	}

	/** The audit lines are one table, not a method each record must have: a new kind must be added there. */
	@Test
	void everyKindHasAnAuditLine() {
		for (Class<?> kind : concat(StaffCommand.class.getPermittedSubclasses(), AdminRequest.class.getPermittedSubclasses())) {
			Object instance = blank(kind);
			assertThatCode(() -> {
				String line = instance instanceof StaffCommand c ? c.audit() : ((AdminRequest) instance).audit();
				assertThat(line).isNotBlank();
			}).as(kind.getSimpleName()).doesNotThrowAnyException();
		}
	}

	static Class<?>[] concat(Class<?>[] a, Class<?>[] b) {
		Class<?>[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/** An instance with every component null, false or 0. */
	static Object blank(Class<?> kind) {
		RecordComponent[] components = kind.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		Object[] values = Arrays.stream(types)
			.map(t -> t == boolean.class ? false : t == int.class ? 0 : (Object) null)
			.toArray();
		try {
			return kind.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError(kind.getSimpleName(), ex);
		}
	}
}
