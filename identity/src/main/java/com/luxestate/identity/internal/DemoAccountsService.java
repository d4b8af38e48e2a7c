package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.AGENT_PROFILE;
import static com.luxestate.identity.internal.jooq.Tables.USER_ACCOUNT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDirectory;
import com.luxestate.identity.demo.DemoAccount;
import com.luxestate.identity.demo.DemoAccounts;
import com.luxestate.platform.UuidV7;

/**
 * Creates demo accounts in bulk: a thousand rows per statement, {@code ON CONFLICT DO NOTHING} on the email, so that
 * a second run (or a second instance starting at the same time) keeps what exists. The password is hashed once
 * with the application's encoder and the hash shared, since Argon2 takes a noticeable while per hash by design.
 */
@Service
class DemoAccountsService implements DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsService.class);
	private static final int BATCH = 1_000;

	private final DSLContext jooq;
	private final PasswordEncoder passwordEncoder;
	private final UserDirectory directory;
	private final Clock clock;

	DemoAccountsService(DSLContext jooq, PasswordEncoder passwordEncoder, UserDirectory directory, Clock clock) {
		this.jooq = jooq;
		this.passwordEncoder = passwordEncoder;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<DemoAccount> ensure(int count) {
		var started = System.nanoTime();
		var agents = count * 2 / 5;
		var wanted = new ArrayList<DemoPerson>(count);
		for (int number = 1; number <= count - agents; number++) {
			wanted.add(DemoPerson.of(Role.OWNER, number));
		}
		for (int number = 1; number <= agents; number++) {
			wanted.add(DemoPerson.of(Role.AGENT, number));
		}
		var hash = passwordEncoder.encode(PASSWORD);
		var created = 0;
		var accounts = new ArrayList<DemoAccount>(count);
		for (int from = 0; from < wanted.size(); from += BATCH) {
			var batch = wanted.subList(from, Math.min(from + BATCH, wanted.size()));
			created += create(batch, hash);
			accounts.addAll(find(batch));
		}
		log.info("Demo accounts: {} wanted, {} created in {} (their password is in the README)", count, created,
				Duration.ofNanos(System.nanoTime() - started));
		return accounts;
	}

	/** @return how many of the batch were created, the others existing already */
	private int create(List<DemoPerson> batch, String hash) {
		var now = clock.instant();
		var insert = jooq.insertInto(USER_ACCOUNT, USER_ACCOUNT.ID, USER_ACCOUNT.EMAIL, USER_ACCOUNT.EMAIL_NORMALIZED,
				USER_ACCOUNT.PASSWORD_HASH, USER_ACCOUNT.FIRST_NAME, USER_ACCOUNT.LAST_NAME, USER_ACCOUNT.PHONE,
				USER_ACCOUNT.ROLE, USER_ACCOUNT.STATUS, USER_ACCOUNT.EMAIL_VERIFIED, USER_ACCOUNT.SESSION_GENERATION,
				USER_ACCOUNT.CREATED_AT, USER_ACCOUNT.UPDATED_AT, USER_ACCOUNT.VERSION);
		var ids = new HashMap<UUID, DemoPerson>();
		for (var person : batch) {
			var id = UuidV7.next(clock);
			ids.put(id, person);
			var registeredAt = now.minus(person.memberFor());
			insert = insert.values(id, person.email(), UserAccount.normalize(person.email()), hash,
					person.firstName(), person.lastName(), person.phone(), person.role().name(),
					AccountStatus.ACTIVE.name(), true, 1, registeredAt, registeredAt, 0);
		}
		var created = insert.onConflict(USER_ACCOUNT.EMAIL_NORMALIZED).doNothing().returning(USER_ACCOUNT.ID)
				.fetch(USER_ACCOUNT.ID);
		var profiles = created.stream().filter(id -> ids.get(id).profile() != null).toList();
		if (!profiles.isEmpty()) {
			var profileInsert = jooq.insertInto(AGENT_PROFILE, AGENT_PROFILE.AGENT_ID, AGENT_PROFILE.LICENSE_NUMBER,
					AGENT_PROFILE.AGENCY_NAME, AGENT_PROFILE.BIO, AGENT_PROFILE.PHONE, AGENT_PROFILE.LANGUAGES,
					AGENT_PROFILE.SERVICE_AREAS, AGENT_PROFILE.VERIFICATION_STATUS, AGENT_PROFILE.VERIFICATION_NOTE,
					AGENT_PROFILE.REQUESTED_AT, AGENT_PROFILE.DECIDED_AT, AGENT_PROFILE.VERSION);
			for (var id : profiles) {
				var person = ids.get(id);
				var profile = person.profile();
				var requestedAt = now.minus(person.memberFor()).plus(Duration.ofDays(1));
				var approved = profile.status() == AgentProfile.VerificationStatus.APPROVED;
				profileInsert = profileInsert.values(id, profile.licenseNumber(), profile.agencyName(),
						profile.bio(), person.phone(), profile.languages(), profile.serviceAreas(),
						profile.status().name(), approved ? "Demo data: licence checked" : null, requestedAt,
						approved ? requestedAt.plus(Duration.ofDays(2)) : null, 0);
			}
			profileInsert.execute();
		}
		return created.size();
	}

	/** The batch's accounts as they are now, whether just created or there before, in the batch's order. */
	private List<DemoAccount> find(List<DemoPerson> batch) {
		var emails = batch.stream().map(person -> UserAccount.normalize(person.email())).toList();
		Map<String, UUID> ids = jooq.select(USER_ACCOUNT.EMAIL_NORMALIZED, USER_ACCOUNT.ID)
				.from(USER_ACCOUNT)
				.where(USER_ACCOUNT.EMAIL_NORMALIZED.in(emails))
				.fetchMap(USER_ACCOUNT.EMAIL_NORMALIZED, USER_ACCOUNT.ID);
		// The directory's rule decides who counts as a verified agent, so demo data cannot disagree with it.
		var users = directory.findUsers(ids.values());
		return emails.stream().map(email -> {
			var user = users.get(ids.get(email));
			return new DemoAccount(user.id(), email, user.role(), user.status(), user.verifiedAgent());
		}).toList();
	}

	/** Who demo account {@code number} of a role is: the same person on every run. */
	record DemoPerson(Role role, int number, String firstName, String lastName, String phone, Duration memberFor,
			Profile profile) {

		record Profile(String licenseNumber, String agencyName, String bio, String[] languages,
				String[] serviceAreas, AgentProfile.VerificationStatus status) {
		}

		static DemoPerson of(Role role, int number) {
			var random = new SplittableRandom(31L * number + role.ordinal());
			var firstName = DemoNames.FIRST[random.nextInt(DemoNames.FIRST.length)];
			var lastName = DemoNames.LAST[random.nextInt(DemoNames.LAST.length)];
			// 020 7946 0000 to 0999: London numbers reserved for drama, which no one can be called at.
			var phone = "+44 20 7946 %04d".formatted(random.nextInt(1000));
			var memberFor = Duration.ofDays(random.nextLong(30, 3 * 365));
			Profile profile = null;
			if (role == Role.AGENT && number % 10 != 0) {
				var agency = DemoNames.AGENCIES[random.nextInt(DemoNames.AGENCIES.length)];
				var languages = DemoNames.pick(DemoNames.LANGUAGES, 1 + random.nextInt(3), random);
				var areas = DemoNames.pick(DemoNames.AREAS, 1 + random.nextInt(3), random);
				profile = new Profile("LIC-%06d".formatted(number), agency,
						"%s %s of %s: %d years of helping people buy, sell and rent in %s.".formatted(firstName,
								lastName, agency, 2 + random.nextInt(25), String.join(", ", areas)),
						languages, areas, number % 10 == 9 ? AgentProfile.VerificationStatus.PENDING
								: AgentProfile.VerificationStatus.APPROVED);
			}
			return new DemoPerson(role, number, firstName, lastName, phone, memberFor, profile);
		}

		String email() {
			return "%s-%06d@%s".formatted(role.name().toLowerCase(java.util.Locale.ROOT), number, EMAIL_DOMAIN);
		}
	}
}
