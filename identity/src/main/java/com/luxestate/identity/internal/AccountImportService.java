package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.jooq.Tables.AGENT_PROFILE;
import static com.luxestate.identity.internal.jooq.Tables.USER_ACCOUNT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.luxestate.identity.AccountImport;
import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.ImportedAccount;
import com.luxestate.identity.NewAccount;
import com.luxestate.identity.Permission;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDirectory;
import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemException.FieldError;

/**
 * Imports accounts in bulk: a thousand rows per statement, {@code ON CONFLICT DO NOTHING}
 * on the email, so that a second run (or a second instance importing at the same time)
 * keeps what exists. The password is hashed once with the application's encoder and the
 * hash shared, since Argon2 takes a noticeable while per hash by design.
 */
@Service
class AccountImportService implements AccountImport {

	private static final Logger log = LoggerFactory.getLogger(AccountImportService.class);

	private static final int BATCH = 1_000;

	private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

	/** Registration's rule (AuthController's request), for the same numbers. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final String VERIFICATION_NOTE = "Verified before the account was imported";

	private final DSLContext jooq;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final UserDirectory directory;

	private final Clock clock;

	AccountImportService(DSLContext jooq, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			UserDirectory directory, Clock clock) {
		this.jooq = jooq;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<ImportedAccount> importAccounts(List<NewAccount> accounts, String password) {
		var started = System.nanoTime();
		requireValid(accounts);
		passwordPolicy.check("password", password);
		var hash = passwordEncoder.encode(password);
		var created = 0;
		var imported = new ArrayList<ImportedAccount>(accounts.size());
		for (int from = 0; from < accounts.size(); from += BATCH) {
			var batch = accounts.subList(from, Math.min(from + BATCH, accounts.size()));
			created += create(batch, hash);
			imported.addAll(find(batch));
		}
		log.info("Accounts imported: {} asked for, {} created in {}", accounts.size(), created,
				Duration.ofNanos(System.nanoTime() - started));
		return imported;
	}

	/**
	 * Every rule the account would have met had it registered, checked before anything is
	 * written.
	 */
	private void requireValid(List<NewAccount> accounts) {
		if (accounts.size() > MAX_ACCOUNTS) {
			throw ProblemException.invalid("accounts", "must hold at most " + MAX_ACCOUNTS + " accounts");
		}
		var now = clock.instant();
		var problems = new ArrayList<FieldError>();
		var emails = new HashSet<String>();
		for (int i = 0; i < accounts.size() && problems.size() < 100; i++) {
			var at = "accounts[" + i + "].";
			var account = accounts.get(i);
			if (account == null) {
				problems.add(new FieldError("accounts[" + i + "]", "must not be null"));
				continue;
			}
			var email = account.email();
			if (email == null || email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
				problems.add(new FieldError(at + "email", "must be an email address of at most 254 characters"));
			}
			else if (!emails.add(UserAccount.normalize(email))) {
				problems.add(new FieldError(at + "email", "is in the import more than once"));
			}
			text(problems, at + "firstName", account.firstName(), 1, 100);
			text(problems, at + "lastName", account.lastName(), 1, 100);
			if (account.phone() != null && !PHONE.matcher(account.phone()).matches()) {
				problems.add(new FieldError(at + "phone", "must be a phone number"));
			}
			if (account.role() == null || account.role() == Role.ADMIN) {
				problems.add(new FieldError(at + "role", "must be a role other than ADMIN"));
			}
			if (account.registeredAt() == null || account.registeredAt().isAfter(now)) {
				problems.add(new FieldError(at + "registeredAt", "must be a time that has come"));
			}
			var profile = account.agentProfile();
			if (profile != null) {
				if (account.role() != null && !account.role().permissions().contains(Permission.AGENT_PROFILE_WRITE)) {
					problems.add(new FieldError(at + "agentProfile", "is only for owners and agents"));
				}
				checkProfile(problems, at + "agentProfile.", profile, account.registeredAt(), now);
			}
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalid("The accounts cannot be imported; nothing was.", problems);
		}
	}

	private static void checkProfile(List<FieldError> problems, String at, NewAccount.AgentProfile profile,
			Instant registeredAt, Instant now) {
		text(problems, at + "licenseNumber", profile.licenseNumber(), 1, 50);
		text(problems, at + "agencyName", profile.agencyName(), 1, 200);
		if (profile.bio() != null && profile.bio().length() > 4000) {
			problems.add(new FieldError(at + "bio", "must have at most 4000 characters"));
		}
		texts(problems, at + "languages", profile.languages(), 20, 40);
		texts(problems, at + "serviceAreas", profile.serviceAreas(), 50, 100);
		var requestedAt = profile.requestedAt();
		if (requestedAt == null || requestedAt.isAfter(now)
				|| registeredAt != null && requestedAt.isBefore(registeredAt)) {
			problems.add(new FieldError(at + "requestedAt", "must be after the registration and not in the future"));
		}
		else if (profile.verifiedAt() != null
				&& (profile.verifiedAt().isBefore(requestedAt) || profile.verifiedAt().isAfter(now))) {
			problems.add(new FieldError(at + "verifiedAt", "must be after the request and not in the future"));
		}
	}

	private static void text(List<FieldError> problems, String field, String value, int min, int max) {
		if (value == null || value.isBlank() || value.strip().length() < min || value.length() > max) {
			problems.add(new FieldError(field, "must have " + min + " to " + max + " characters"));
		}
	}

	private static void texts(List<FieldError> problems, String field, List<String> values, int most, int max) {
		if (values.size() > most
				|| values.stream().anyMatch(value -> value == null || value.isBlank() || value.length() > max)) {
			problems
				.add(new FieldError(field, "must hold at most " + most + " entries of 1 to " + max + " characters"));
		}
	}

	/**
	 * @return how many of the batch were created, the others existing already
	 */
	private int create(List<NewAccount> batch, String hash) {
		var insert = jooq.insertInto(USER_ACCOUNT, USER_ACCOUNT.ID, USER_ACCOUNT.EMAIL, USER_ACCOUNT.EMAIL_NORMALIZED,
				USER_ACCOUNT.PASSWORD_HASH, USER_ACCOUNT.FIRST_NAME, USER_ACCOUNT.LAST_NAME, USER_ACCOUNT.PHONE,
				USER_ACCOUNT.ROLE, USER_ACCOUNT.STATUS, USER_ACCOUNT.EMAIL_VERIFIED, USER_ACCOUNT.SESSION_GENERATION,
				USER_ACCOUNT.CREATED_AT, USER_ACCOUNT.UPDATED_AT, USER_ACCOUNT.VERSION);
		var ids = new HashMap<UUID, NewAccount>();
		for (var account : batch) {
			var id = IDS.generate();
			ids.put(id, account);
			insert = insert.values(id, account.email().strip(), UserAccount.normalize(account.email()), hash,
					account.firstName().strip(), account.lastName().strip(), blankToNull(account.phone()),
					account.role().name(), AccountStatus.ACTIVE.name(), true, 1, account.registeredAt(),
					account.registeredAt(), 0);
		}
		var created = insert.onConflict(USER_ACCOUNT.EMAIL_NORMALIZED)
			.doNothing()
			.returning(USER_ACCOUNT.ID)
			.fetch(USER_ACCOUNT.ID);
		var profiles = created.stream().filter(id -> ids.get(id).agentProfile() != null).toList();
		if (!profiles.isEmpty()) {
			var profileInsert = jooq.insertInto(AGENT_PROFILE, AGENT_PROFILE.AGENT_ID, AGENT_PROFILE.LICENSE_NUMBER,
					AGENT_PROFILE.AGENCY_NAME, AGENT_PROFILE.BIO, AGENT_PROFILE.PHONE, AGENT_PROFILE.LANGUAGES,
					AGENT_PROFILE.SERVICE_AREAS, AGENT_PROFILE.VERIFICATION_STATUS, AGENT_PROFILE.VERIFICATION_NOTE,
					AGENT_PROFILE.REQUESTED_AT, AGENT_PROFILE.DECIDED_AT, AGENT_PROFILE.VERSION);
			for (var id : profiles) {
				var account = ids.get(id);
				var profile = account.agentProfile();
				var verified = profile.verifiedAt() != null;
				profileInsert = profileInsert.values(id, profile.licenseNumber().strip(), profile.agencyName().strip(),
						profile.bio(), blankToNull(account.phone()), profile.languages().toArray(String[]::new),
						profile.serviceAreas().toArray(String[]::new),
						(verified ? VerificationStatus.APPROVED : VerificationStatus.PENDING).name(),
						verified ? VERIFICATION_NOTE : null, profile.requestedAt(), profile.verifiedAt(), 0);
			}
			profileInsert.execute();
		}
		return created.size();
	}

	/**
	 * The batch's accounts as they are now, whether just created or there before, in the
	 * batch's order.
	 */
	private List<ImportedAccount> find(List<NewAccount> batch) {
		var emails = batch.stream().map(account -> UserAccount.normalize(account.email())).toList();
		Map<String, UUID> ids = jooq.select(USER_ACCOUNT.EMAIL_NORMALIZED, USER_ACCOUNT.ID)
			.from(USER_ACCOUNT)
			.where(USER_ACCOUNT.EMAIL_NORMALIZED.in(emails))
			.fetchMap(USER_ACCOUNT.EMAIL_NORMALIZED, USER_ACCOUNT.ID);
		// The directory's rule decides who counts as a verified agent, so an import
		// cannot disagree with it.
		var users = directory.findUsers(ids.values());
		return emails.stream().map(email -> {
			var user = users.get(ids.get(email));
			return new ImportedAccount(user.id(), email, user.role(), user.status(), user.verifiedAgent());
		}).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
