package com.luxestate.identity.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.EmailVerified;
import com.luxestate.identity.PasswordChanged;
import com.luxestate.identity.Role;
import com.luxestate.identity.UserDeleted;
import com.luxestate.identity.UserRegistered;
import com.luxestate.identity.UserReinstated;
import com.luxestate.identity.UserRoleChanged;
import com.luxestate.identity.UserSuspended;
import com.luxestate.platform.ProblemException;

/**
 * A person's account: who they are, how they prove it, what role they play and whether
 * they may use the marketplace. Changes register the events other modules react to; they
 * are published when the account is saved.
 */
@Table(schema = "identity", name = "user_account")
class UserAccount extends AbstractAggregateRoot<UserAccount> {

	@Id
	private final UUID id;

	private String email;

	private String emailNormalized;

	private String passwordHash;

	private String firstName;

	private String lastName;

	private String phone;

	private Role role;

	private AccountStatus status;

	private boolean emailVerified;

	private String suspensionReason;

	private int sessionGeneration;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	UserAccount(UUID id, String email, String emailNormalized, String passwordHash, String firstName, String lastName,
			String phone, Role role, AccountStatus status, boolean emailVerified, String suspensionReason,
			int sessionGeneration, Instant createdAt, Instant updatedAt, Integer version) {
		this.id = id;
		this.email = email;
		this.emailNormalized = emailNormalized;
		this.passwordHash = passwordHash;
		this.firstName = firstName;
		this.lastName = lastName;
		this.phone = phone;
		this.role = role;
		this.status = status;
		this.emailVerified = emailVerified;
		this.suspensionReason = suspensionReason;
		this.sessionGeneration = sessionGeneration;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static UserAccount register(UUID id, String email, String passwordHash, String firstName, String lastName,
			String phone, Role role, Instant now) {
		var account = new UserAccount(id, email.trim(), normalize(email), passwordHash, firstName.trim(),
				lastName.trim(), blankToNull(phone), role, AccountStatus.ACTIVE, false, null, 1, now, now, null);
		account.registerEvent(new UserRegistered(id, role, now));
		return account;
	}

	/**
	 * Emails compare without case and surrounding space: {@code Ann@Example.com} and
	 * {@code ann@example.com} are one.
	 */
	static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	void verifyEmail(Instant now) {
		if (!emailVerified) {
			emailVerified = true;
			touch(now);
			registerEvent(new EmailVerified(id, now));
		}
	}

	void changePassword(String newPasswordHash, Instant now) {
		passwordHash = newPasswordHash;
		endSessions(now);
		registerEvent(new PasswordChanged(id, now));
	}

	/**
	 * A new hash for the same password, when the encoder's preferred algorithm or cost
	 * changed.
	 */
	void rehashPassword(String upgradedHash) {
		passwordHash = upgradedHash;
	}

	void updateProfile(String firstName, String lastName, String phone, Instant now) {
		if (firstName != null) {
			this.firstName = firstName.trim();
		}
		if (lastName != null) {
			this.lastName = lastName.trim();
		}
		if (phone != null) {
			this.phone = blankToNull(phone);
		}
		touch(now);
	}

	/**
	 * Access tokens issued so far stop working; refresh tokens are revoked separately.
	 */
	void endSessions(Instant now) {
		sessionGeneration++;
		touch(now);
	}

	void suspend(String reason, UUID actorId, Instant now) {
		requireNotDeleted();
		if (status == AccountStatus.SUSPENDED) {
			throw ProblemException.conflict("The account is already suspended.");
		}
		status = AccountStatus.SUSPENDED;
		suspensionReason = reason;
		endSessions(now);
		registerEvent(new UserSuspended(id, reason, actorId, now));
	}

	void reinstate(UUID actorId, Instant now) {
		requireNotDeleted();
		if (status != AccountStatus.SUSPENDED) {
			throw ProblemException.conflict("The account is not suspended.");
		}
		status = AccountStatus.ACTIVE;
		suspensionReason = null;
		touch(now);
		registerEvent(new UserReinstated(id, actorId, now));
	}

	void changeRole(Role newRole, UUID actorId, Instant now) {
		requireNotDeleted();
		if (newRole == role) {
			return;
		}
		var previous = role;
		role = newRole;
		// Tokens carry the old role's permissions: they must not outlive the change.
		endSessions(now);
		registerEvent(new UserRoleChanged(id, previous, newRole, actorId, now));
	}

	/**
	 * Erases what identifies the person; the id stays so that other modules can match
	 * {@link UserDeleted}.
	 */
	void delete(Instant now) {
		requireNotDeleted();
		status = AccountStatus.DELETED;
		email = "deleted-" + id + "@deleted.invalid";
		emailNormalized = email;
		passwordHash = null;
		firstName = "Deleted";
		lastName = "user";
		phone = null;
		emailVerified = false;
		suspensionReason = null;
		endSessions(now);
		registerEvent(new UserDeleted(id, now));
	}

	private void requireNotDeleted() {
		if (status == AccountStatus.DELETED) {
			throw IdentityProblems.noSuchUser();
		}
	}

	private void touch(Instant now) {
		updatedAt = now;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	public String firstName() {
		return firstName;
	}

	public String lastName() {
		return lastName;
	}

	public String phone() {
		return phone;
	}

	public Role role() {
		return role;
	}

	public AccountStatus status() {
		return status;
	}

	public boolean emailVerified() {
		return emailVerified;
	}

	public String suspensionReason() {
		return suspensionReason;
	}

	/**
	 * Carried by access tokens as {@code session_generation}; see
	 * {@link AccountAccessCheck}.
	 */
	int sessionGeneration() {
		return sessionGeneration;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** The version clients send back in {@code If-Match}. */
	public int version() {
		return version == null ? 0 : version;
	}

	public String displayName() {
		return lastName.isEmpty() ? firstName : firstName + " " + lastName.charAt(0) + ".";
	}

}
