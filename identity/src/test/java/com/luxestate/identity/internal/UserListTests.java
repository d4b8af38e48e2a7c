package com.luxestate.identity.internal;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.platform.testing.ProblemAssertions.offendingFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.platform.Page;
import com.luxestate.platform.ProblemType;

/**
 * Admins list users newest first, filtered by role, status and free text, page by page
 * with an opaque cursor. Each test marks its users with a word of its own and filters on
 * it, so other tests' users never get in the way.
 */
@ApplicationModuleTest
class UserListTests {

	private static final UUID ADMIN = UUID.randomUUID();

	private final AccountService accounts;

	private final UserAdministration administration;

	UserListTests(AccountService accounts, UserAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	@Test
	void pagingThroughTwentyFiveUsersTenAtATimeShowsEachOnceNewestFirst() {
		var marker = marker();
		var registered = register(marker, 25, Role.BUYER);

		var pages = new ArrayList<Page<UserAccountView>>();
		String cursor = null;
		do {
			var page = administration.list(new UserAdministration.UserFilter(null, null, marker), 10, cursor);
			pages.add(page);
			cursor = page.nextCursor();
		}
		while (cursor != null && pages.size() < 10);

		assertThat(pages).extracting(page -> page.items().size()).containsExactly(10, 10, 5);
		assertThat(pages).extracting(Page::total).containsOnly(25L);
		var listed = pages.stream().flatMap(page -> page.items().stream()).map(UserAccountView::id).toList();
		assertThat(listed).containsExactlyElementsOf(registered.reversed());
	}

	@Test
	void pagesStayStableWhileUsersRegister() {
		var marker = marker();
		var registered = register(marker, 8, Role.BUYER);
		var filter = new UserAdministration.UserFilter(null, null, marker);

		var first = administration.list(filter, 5, null);
		var newcomer = register(marker, "Newcomer", Role.BUYER);
		var second = administration.list(filter, 5, first.nextCursor());

		var listed = new ArrayList<UUID>();
		first.items().forEach(account -> listed.add(account.id()));
		second.items().forEach(account -> listed.add(account.id()));
		assertThat(listed).containsExactlyElementsOf(registered.reversed()).doesNotContain(newcomer);
		assertThat(second.nextCursor()).isNull();
	}

	@Test
	void usersAreFilteredByRoleStatusAndText() {
		var marker = marker();
		var buyer = register(marker, "Bartholomew", Role.BUYER);
		var agent = register(marker, "Wilhelmina", Role.AGENT);
		var owner = register(marker, "Ottoline", Role.OWNER);
		var renter = register(marker, "Rosalind", Role.RENTER);
		administration.suspend(owner, "Fake listings", ADMIN);

		assertThat(ids(new UserAdministration.UserFilter(Role.AGENT, null, marker))).containsExactly(agent);
		assertThat(ids(new UserAdministration.UserFilter(null, AccountStatus.SUSPENDED, marker)))
			.containsExactly(owner);
		assertThat(ids(new UserAdministration.UserFilter(Role.OWNER, AccountStatus.ACTIVE, marker))).isEmpty();
		assertThat(ids(new UserAdministration.UserFilter(null, AccountStatus.ACTIVE, marker))).containsExactly(renter,
				agent, buyer);
		var nameInCapitals = "  WILHELMINA " + marker.toUpperCase(Locale.ROOT);
		assertThat(ids(new UserAdministration.UserFilter(null, null, nameInCapitals)))
			.as("first and last name, whatever the case")
			.containsExactly(agent);
		assertThat(ids(new UserAdministration.UserFilter(null, null, "rosalind." + marker + "@")))
			.as("part of the email address")
			.containsExactly(renter);
	}

	@Test
	void wildcardCharactersInTheTextAreTakenLiterally() {
		var marker = marker();
		var someone = register(marker, "Percival", Role.BUYER);

		assertThat(ids(new UserAdministration.UserFilter(null, null, "%"))).doesNotContain(someone);
		assertThat(ids(new UserAdministration.UserFilter(null, null, "_"))).doesNotContain(someone);
		assertThat(ids(new UserAdministration.UserFilter(null, null, "percival%" + marker))).isEmpty();
	}

	@Test
	void aMalformedCursorIsRefusedNamingTheCursor() {
		var filter = new UserAdministration.UserFilter(null, null, null);
		var forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("yesterday|somebody".getBytes(StandardCharsets.UTF_8));

		for (var cursor : List.of("not-a-cursor", forged, "%%%")) {
			var problem = assertProblem(ProblemType.VALIDATION_FAILED, () -> administration.list(filter, 10, cursor));
			assertThat(offendingFields(problem)).as(cursor).containsExactly("cursor");
		}
	}

	private List<UUID> ids(UserAdministration.UserFilter filter) {
		return administration.list(filter, 100, null).items().stream().map(UserAccountView::id).toList();
	}

	private List<UUID> register(String marker, int count, Role role) {
		var ids = new ArrayList<UUID>();
		for (int i = 0; i < count; i++) {
			ids.add(register(marker, "Member" + i, role));
		}
		return ids;
	}

	private UUID register(String marker, String firstName, Role role) {
		var email = firstName.toLowerCase(Locale.ROOT) + "." + marker + "@example.com";
		return accounts
			.register(new AccountService.Registration(email, TestAccounts.PASSWORD, firstName, marker, null, role))
			.id();
	}

	/**
	 * A word no other test uses, in every email address and last name of this test's
	 * users.
	 */
	private static String marker() {
		var letters = new StringBuilder("m");
		var random = UUID.randomUUID().toString().replace("-", "");
		for (var digit : random.substring(0, 10).toCharArray()) {
			letters.append((char) ('a' + Character.digit(digit, 16)));
		}
		return letters.toString();
	}

}
