package com.luxestate.identity.internal;

import static com.luxestate.identity.internal.TestAccounts.PASSWORD;
import static com.luxestate.identity.internal.TestAccounts.clientAddress;
import static com.luxestate.identity.internal.TestAccounts.registration;
import static com.luxestate.identity.internal.TestAccounts.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The first admin is provisioned at start-up from {@code LUXESTATE_BOOTSTRAP_ADMIN_EMAIL}
 * and {@code LUXESTATE_BOOTSTRAP_ADMIN_PASSWORD}, exactly once, however often the
 * application starts.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "luxestate.identity.bootstrap-admin.email=" + AdminBootstrapTests.ADMIN_EMAIL,
		"luxestate.identity.bootstrap-admin.password=" + AdminBootstrapTests.ADMIN_PASSWORD })
@DirtiesContext
class AdminBootstrapTests {

	static final String ADMIN_EMAIL = "Root.Operator@LuxeState.example";
	static final String ADMIN_PASSWORD = "Keys-to-every-door-in-the-building-7";

	private final AdminBootstrap bootstrap;

	private final UserAccounts userAccounts;

	private final AccountService accounts;

	private final SessionService sessions;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final IdentitySettings settings;

	private final Clock clock;

	private final JwtDecoder jwtDecoder;

	private final JdbcTemplate jdbc;

	AdminBootstrapTests(AdminBootstrap bootstrap, UserAccounts userAccounts, AccountService accounts,
			SessionService sessions, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			IdentitySettings settings, Clock clock, JwtDecoder jwtDecoder, JdbcTemplate jdbc) {
		this.bootstrap = bootstrap;
		this.userAccounts = userAccounts;
		this.accounts = accounts;
		this.sessions = sessions;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.clock = clock;
		this.jwtDecoder = jwtDecoder;
		this.jdbc = jdbc;
	}

	@Test
	void exactlyOneAdminExistsAfterStartUpAndCanLogIn() {
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM identity.user_account WHERE role = 'ADMIN'", Integer.class))
			.isEqualTo(1);
		var admin = bootstrapAdmin();
		assertThat(admin).containsEntry("email_normalized", "root.operator@luxestate.example")
			.containsEntry("status", "ACTIVE")
			.containsEntry("email_verified", true);

		var session = sessions.login(ADMIN_EMAIL, ADMIN_PASSWORD, clientAddress());

		var token = jwtDecoder.decode(session.accessToken());
		assertThat(token.getClaimAsStringList("roles")).containsExactly("ADMIN");
		assertThat(token.getClaimAsStringList("permissions")).contains("users:manage", "agents:verify");
	}

	@Test
	void runningTheBootstrapAgainNeitherAddsNorChangesAnAdmin() {
		var before = bootstrapAdmin();

		bootstrap.run(new DefaultApplicationArguments());
		bootstrap.run(new DefaultApplicationArguments());

		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM identity.user_account WHERE role = 'ADMIN'", Integer.class))
			.isEqualTo(1);
		assertThat(bootstrapAdmin()).isEqualTo(before);
	}

	@Test
	void aWeakBootstrapPasswordStopsStartUpWithAClearMessage() {
		var email = uniqueEmail("second-admin");
		for (var weakPassword : new String[] { "admin1234", "qwerty123456" }) {
			var weak = new AdminBootstrap(userAccounts, passwordPolicy, passwordEncoder,
					withBootstrapAdmin(email, weakPassword), clock);

			assertThatThrownBy(() -> weak.run(new DefaultApplicationArguments())).as(weakPassword)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("LUXESTATE_BOOTSTRAP_ADMIN_PASSWORD is too weak")
				.hasMessageContaining("12 characters")
				.hasMessageContaining("common password");
		}
		assertThat(userAccounts.findByEmailNormalized(email.toLowerCase(Locale.ROOT))).isEmpty();
	}

	@Test
	void anExistingAccountWithTheBootstrapEmailIsLeftAsItIs() {
		var email = uniqueEmail("already-here");
		var buyer = accounts.register(registration(email));
		var before = jdbc.queryForMap("SELECT * FROM identity.user_account WHERE id = ?", buyer.id());

		new AdminBootstrap(userAccounts, passwordPolicy, passwordEncoder,
				withBootstrapAdmin(email.toUpperCase(Locale.ROOT), "Another-long-admin-passphrase"), clock)
			.run(new DefaultApplicationArguments());

		assertThat(jdbc.queryForMap("SELECT * FROM identity.user_account WHERE id = ?", buyer.id())).isEqualTo(before);
		assertThat(sessions.login(email, PASSWORD, clientAddress()).accessToken()).isNotBlank();
	}

	private Map<String, Object> bootstrapAdmin() {
		return jdbc.queryForMap("SELECT * FROM identity.user_account WHERE email_normalized = ?",
				ADMIN_EMAIL.toLowerCase(Locale.ROOT));
	}

	private IdentitySettings withBootstrapAdmin(String email, String password) {
		return new IdentitySettings(settings.jwt(), settings.accessTokenTtl(), settings.refreshTokenTtl(),
				settings.emailVerificationTtl(), settings.passwordResetTtl(), settings.accessCheckCacheTtl(),
				settings.frontendUrl(), new IdentitySettings.BootstrapAdmin(email, password), settings.limits());
	}

}
