package com.luxestate.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import com.luxestate.platform.Caller;

/**
 * The caller a controller gets is the authenticated subject with its permissions, or
 * nobody.
 */
class CallerArgumentsTests {

	private final CallerArguments.CallerResolver resolver = new CallerArguments.CallerResolver();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSubjectOfTheTokenWithItsPermissions() {
		var user = UUID.randomUUID();
		var token = new TestingAuthenticationToken(user.toString(), null, "listings:write", "users:manage");
		token.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(token);

		var caller = resolve();

		assertThat(caller.userId()).isEqualTo(user);
		assertThat(caller.is(user)).isTrue();
		assertThat(caller.has("listings:write")).isTrue();
		assertThat(caller.has("listings:moderate")).isFalse();
	}

	@Test
	void withoutATokenNobody() {
		assertThat(resolve()).isEqualTo(Caller.ANONYMOUS);

		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(resolve().isAnonymous()).isTrue();
		assertThat(resolve().has("ROLE_ANONYMOUS")).isFalse();
	}

	private Caller resolve() {
		return resolver.resolveArgument(null, null, null, null);
	}

}
