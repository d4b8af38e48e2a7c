package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.AGENT_PROFILE;
import static com.luxestate.identity.internal.jooq.Tables.USER_ACCOUNT;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDirectory;
import com.luxestate.identity.UserSummary;

/** Users' public data for other modules: one query for any number of users. */
@Service
@Transactional(readOnly = true)
class UserDirectoryService implements UserDirectory {

	private final DSLContext jooq;

	UserDirectoryService(DSLContext jooq) {
		this.jooq = jooq;
	}

	@Override
	public Optional<UserSummary> findUser(UUID userId) {
		return Optional.ofNullable(findUsers(java.util.List.of(userId)).get(userId));
	}

	@Override
	public Map<UUID, UserSummary> findUsers(Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		return jooq
			.select(USER_ACCOUNT.ID, USER_ACCOUNT.FIRST_NAME, USER_ACCOUNT.LAST_NAME, USER_ACCOUNT.ROLE,
					USER_ACCOUNT.STATUS, AGENT_PROFILE.VERIFICATION_STATUS)
			.from(USER_ACCOUNT)
			.leftJoin(AGENT_PROFILE)
			.on(AGENT_PROFILE.AGENT_ID.eq(USER_ACCOUNT.ID))
			.where(USER_ACCOUNT.ID.in(userIds))
			.fetch(row -> {
				var role = Role.valueOf(row.value4());
				// A verification speaks for an agent; a user demoted since is no verified
				// agent any more.
				var verifiedAgent = "APPROVED".equals(row.value6()) && AgentProfile.isKeptBy(role);
				return new UserSummary(row.value1(), displayName(row.value2(), row.value3()), role,
						AccountStatus.valueOf(row.value5()), verifiedAgent);
			})
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	private static String displayName(String firstName, String lastName) {
		return lastName == null || lastName.isEmpty() ? firstName : firstName + " " + lastName.charAt(0) + ".";
	}

}
