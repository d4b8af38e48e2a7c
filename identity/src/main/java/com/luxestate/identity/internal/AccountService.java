package com.luxestate.identity.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.luxestate.identity.AccountStatus;
import com.luxestate.identity.Role;
import com.luxestate.platform.MailText;
import com.luxestate.platform.ProblemException;
import com.luxestate.platform.UuidV7;

/**
 * A person's own account: registering, proving their email, recovering and changing their
 * password, keeping their profile, and leaving. Every method acts on the caller's own
 * account only; the caller's id comes from their token. Passwords are hashed before a
 * transaction opens: a hash takes tens of milliseconds, and a pooled connection held
 * meanwhile is one that a burst of requests runs out of.
 */
@Service
@Transactional
public class AccountService {

	public record Registration(String email, String password, String firstName, String lastName, String phone,
			Role role) {
	}

	public record ProfileChange(String firstName, String lastName, String phone) {
	}

	private final UserAccounts accounts;

	private final AgentProfiles agentProfiles;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final OneTimeTokens oneTimeTokens;

	private final RefreshTokens refreshTokens;

	private final AccountAccessCheck accountAccess;

	private final Mailer mailer;

	private final LoginThrottle throttle;

	private final MailLimits mailLimits;

	private final TransactionTemplate transactions;

	private final IdentitySettings settings;

	private final Clock clock;

	AccountService(UserAccounts accounts, AgentProfiles agentProfiles, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, OneTimeTokens oneTimeTokens, RefreshTokens refreshTokens,
			AccountAccessCheck accountAccess, Mailer mailer, LoginThrottle throttle, MailLimits mailLimits,
			TransactionTemplate transactions, IdentitySettings settings, Clock clock) {
		this.accounts = accounts;
		this.agentProfiles = agentProfiles;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.oneTimeTokens = oneTimeTokens;
		this.refreshTokens = refreshTokens;
		this.accountAccess = accountAccess;
		this.mailer = mailer;
		this.throttle = throttle;
		this.mailLimits = mailLimits;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A registration from a client on the internet: limited per client address and per
	 * email address (429) before anything else, the password's cost included.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public UserAccountView register(Registration registration, String clientAddress) {
		mailLimits.registration(registration.email(), clientAddress);
		return register(registration);
	}

	/**
	 * A registration without limits, for callers that are no client (tests, the admin
	 * bootstrap).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public UserAccountView register(Registration registration) {
		var role = registration.role() == null ? Role.BUYER : registration.role();
		if (!role.isSelfAssignable()) {
			throw ProblemException.invalid("role", "cannot be chosen at registration");
		}
		passwordPolicy.check("password", registration.password());
		var passwordHash = passwordEncoder.encode(registration.password());
		return transactions.execute(status -> {
			var now = clock.instant();
			var account = UserAccount.register(UuidV7.next(clock), registration.email(), passwordHash,
					registration.firstName(), registration.lastName(), registration.phone(), role, now);
			try {
				account = accounts.save(account);
			}
			catch (DbActionExecutionException | DataIntegrityViolationException ex) {
				// The unique constraint decides, so two concurrent registrations of one
				// email cannot both succeed.
				throw ProblemException.conflict("An account with this email address already exists.");
			}
			sendVerificationMail(account);
			return UserAccountView.of(account);
		});
	}

	public void verifyEmail(String token) {
		var now = clock.instant();
		var userId = oneTimeTokens.consume(token, OneTimeTokens.Purpose.EMAIL_VERIFICATION, now)
			.orElseThrow(IdentityProblems::unusableToken);
		var account = load(userId);
		account.verifyEmail(now);
		accounts.save(account);
	}

	/**
	 * Limited per client address and per account (429). The limit locks its bucket on a
	 * connection of its own, so it is taken before this method holds one: a burst of
	 * requests must not each hold a connection while waiting for a second.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void resendVerification(UUID userId, String clientAddress) {
		mailLimits.verificationMail(unverified(userId).email(), clientAddress);
		transactions.executeWithoutResult(status -> sendVerificationMail(unverified(userId)));
	}

	public void resendVerification(UUID userId) {
		sendVerificationMail(unverified(userId));
	}

	private UserAccount unverified(UUID userId) {
		var account = load(userId);
		if (account.emailVerified()) {
			throw ProblemException.conflict("The email address is already verified.");
		}
		return account;
	}

	/**
	 * Limited per client address and per email address (429) before the address is looked
	 * up, so that neither the answer nor when it comes says whether the account exists.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void forgotPassword(String email, String clientAddress) {
		// Outside a transaction, like every limit (see resendVerification).
		mailLimits.resetMail(email, clientAddress);
		transactions.executeWithoutResult(status -> forgotPassword(email));
	}

	/**
	 * Says nothing about whether the account exists: the answer is the same either way.
	 */
	public void forgotPassword(String email) {
		if (email == null || email.isBlank()) {
			return;
		}
		accounts.findByEmailNormalized(UserAccount.normalize(email))
			.filter(account -> account.status() == AccountStatus.ACTIVE)
			.ifPresent(account -> {
				var token = oneTimeTokens.issue(account.id(), OneTimeTokens.Purpose.PASSWORD_RESET,
						settings.passwordResetTtl(), clock.instant());
				mailer.send(account.email(), "Reset your LuxeState password", MailText.format("""
						Hello %s,

						someone (hopefully you) asked to reset the password of your LuxeState account.
						Choose a new password here within %d minutes:

						%s/reset-password?token=%s

						If it was not you, ignore this mail: your password stays as it is.
						""", account.firstName(), settings.passwordResetTtl().toMinutes(), settings.frontendUrl(),
						token));
			});
	}

	/**
	 * Sets the new password and ends every session: whoever knew the old password is out.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void resetPassword(String token, String newPassword) {
		passwordPolicy.check("newPassword", newPassword);
		var passwordHash = passwordEncoder.encode(newPassword);
		transactions.executeWithoutResult(status -> {
			var now = clock.instant();
			var userId = oneTimeTokens.consume(token, OneTimeTokens.Purpose.PASSWORD_RESET, now)
				.orElseThrow(IdentityProblems::unusableToken);
			var account = load(userId);
			account.changePassword(passwordHash, now);
			accounts.save(account);
			endAllSessions(account);
		});
	}

	/**
	 * Changes the password and ends every session; the caller gets a new one from
	 * {@link SessionService}. Guesses of the current password count against the same
	 * budget as failed logins: a stolen access token must not turn into a way to find the
	 * password.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public UserAccountView changePassword(UUID userId, String currentPassword, String newPassword,
			String clientAddress) {
		var account = load(userId);
		var attempt = throttle.begin(UserAccount.normalize(account.email()), clientAddress);
		if (currentPassword == null || account.passwordHash() == null
				|| !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw ProblemException.invalid("currentPassword", "is not your current password");
		}
		attempt.succeeded();
		passwordPolicy.check("newPassword", newPassword);
		var passwordHash = passwordEncoder.encode(newPassword);
		return transactions.execute(status -> {
			var current = load(userId);
			current.changePassword(passwordHash, clock.instant());
			var saved = accounts.save(current);
			endAllSessions(saved);
			return UserAccountView.of(saved);
		});
	}

	@Transactional(readOnly = true)
	public UserAccountView profile(UUID userId) {
		return UserAccountView.of(load(userId));
	}

	/**
	 * {@code expectedVersion} comes from {@code If-Match}; null when the client sent
	 * none.
	 */
	public UserAccountView updateProfile(UUID userId, Long expectedVersion, ProfileChange change) {
		var account = load(userId);
		if (expectedVersion != null && expectedVersion != account.version()) {
			throw IdentityProblems.staleProfile();
		}
		account.updateProfile(change.firstName(), change.lastName(), change.phone(), clock.instant());
		return UserAccountView.of(accounts.save(account));
	}

	/**
	 * Anonymizes the account and erases its agent profile (license, phone, bio are
	 * personal data too).
	 */
	public void deleteAccount(UUID userId) {
		var account = load(userId);
		var formerEmail = account.email();
		account.delete(clock.instant());
		accounts.save(account);
		agentProfiles.deleteById(userId);
		mailer.forgetMailsTo(formerEmail);
		endAllSessions(account);
	}

	private void sendVerificationMail(UserAccount account) {
		var token = oneTimeTokens.issue(account.id(), OneTimeTokens.Purpose.EMAIL_VERIFICATION,
				settings.emailVerificationTtl(), clock.instant());
		mailer.send(account.email(), "Confirm your email address for LuxeState", MailText.format("""
				Hello %s,

				welcome to LuxeState. Please confirm your email address within %d hours:

				%s/verify-email?token=%s
				""", account.firstName(), settings.emailVerificationTtl().toHours(), settings.frontendUrl(), token));
	}

	private void endAllSessions(UserAccount account) {
		refreshTokens.revokeAllOf(account.id(), clock.instant());
		accountAccess.forget(account.id());
	}

	private UserAccount load(UUID userId) {
		return accounts.findById(userId)
			.filter(account -> account.status() != AccountStatus.DELETED)
			.orElseThrow(IdentityProblems::noSuchUser);
	}

}
