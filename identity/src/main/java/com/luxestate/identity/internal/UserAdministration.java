package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.USER_ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.AccountAdministration;
import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.platform.Page;
import com.luxestate.platform.PageCursor;
import com.luxestate.platform.ProblemException;

/**
 * What admins (and, through {@link AccountAdministration}, the moderation module) do with
 * accounts: find them, suspend and reinstate them, change their role. Suspending ends
 * every session at once.
 */
@Service
@Transactional
public class UserAdministration implements AccountAdministration {

	public record UserFilter(Role role, AccountStatus status, String text) {
	}

	private final UserAccounts accounts;

	private final DSLContext jooq;

	private final RefreshTokens refreshTokens;

	private final AccountAccessCheck accountAccess;

	private final Clock clock;

	UserAdministration(UserAccounts accounts, DSLContext jooq, RefreshTokens refreshTokens,
			AccountAccessCheck accountAccess, Clock clock) {
		this.accounts = accounts;
		this.jooq = jooq;
		this.refreshTokens = refreshTokens;
		this.accountAccess = accountAccess;
		this.clock = clock;
	}

	/**
	 * Newest first, paged by an opaque keyset cursor (creation time and id), stable while
	 * accounts are added.
	 */
	@Transactional(readOnly = true)
	public Page<UserAccountView> list(UserFilter filter, int limit, String cursor) {
		var conditions = new ArrayList<Condition>();
		if (filter.role() != null) {
			conditions.add(USER_ACCOUNT.ROLE.eq(filter.role().name()));
		}
		if (filter.status() != null) {
			conditions.add(USER_ACCOUNT.STATUS.eq(filter.status().name()));
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			var pattern = "%" + filter.text()
				.trim()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			conditions.add(USER_ACCOUNT.EMAIL_NORMALIZED.concat(" ")
				.concat(DSL.lower(USER_ACCOUNT.FIRST_NAME))
				.concat(" ")
				.concat(DSL.lower(USER_ACCOUNT.LAST_NAME))
				.like(pattern, '\\'));
		}
		var total = jooq.fetchCount(USER_ACCOUNT, conditions);
		var page = new ArrayList<>(conditions);
		var position = PageCursor.decode(cursor, 2, Position::of);
		if (position != null) {
			page.add(DSL.row(USER_ACCOUNT.CREATED_AT, USER_ACCOUNT.ID).lt(position.at(), position.id()));
		}
		var rows = jooq.select(USER_ACCOUNT.ID, USER_ACCOUNT.CREATED_AT)
			.from(USER_ACCOUNT)
			.where(page)
			.orderBy(USER_ACCOUNT.CREATED_AT.desc(), USER_ACCOUNT.ID.desc())
			.limit(limit + 1)
			.fetch(row -> new Position(row.value2(), row.value1()));
		return Position.page(rows, limit, total, accounts::findAllById, UserAccount::id).map(UserAccountView::of);
	}

	@Transactional(readOnly = true)
	public UserAccountView find(UUID userId) {
		return UserAccountView.of(load(userId));
	}

	@Override
	public void suspend(UUID userId, String reason, UUID actorId) {
		var account = load(userId);
		if (account.id().equals(actorId)) {
			throw ProblemException.conflict("Admins cannot suspend themselves.");
		}
		account.suspend(reason, actorId, clock.instant());
		accounts.save(account);
		endSessions(userId);
	}

	@Override
	public void reinstate(UUID userId, String reason, UUID actorId) {
		var account = load(userId);
		account.reinstate(actorId, clock.instant());
		accounts.save(account);
		accountAccess.forget(userId);
	}

	public UserAccountView changeRole(UUID userId, Role role, UUID actorId) {
		var account = load(userId);
		if (account.id().equals(actorId)) {
			throw ProblemException.conflict("Admins cannot change their own role.");
		}
		if (account.role() == role) {
			return UserAccountView.of(account);
		}
		account.changeRole(role, actorId, clock.instant());
		var saved = accounts.save(account);
		endSessions(userId);
		return UserAccountView.of(saved);
	}

	private UserAccount load(UUID userId) {
		return accounts.findById(userId).orElseThrow(() -> ProblemException.notFound("There is no such user."));
	}

	private void endSessions(UUID userId) {
		refreshTokens.revokeAllOf(userId, clock.instant());
		accountAccess.forget(userId);
	}

}
