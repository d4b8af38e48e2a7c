package com.luxestate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTests {

	@Test
	void aValueStaysOnItsLineAndCannotReorderTheText() {
		assertThat(MailText.value("Ann\r\n\r\nYour account is locked")).isEqualTo("Ann Your account is locked");
		assertThat(MailText.value("Ann\u2028\u2029Bob\u0085Cy")).isEqualTo("Ann Bob Cy");
		assertThat(MailText.value("moc.live\u202E//:sptth")).isEqualTo("moc.live //:sptth");
		assertThat(MailText.value("Zero\u200Bwidth\u0000nul\tTab")).isEqualTo("Zero width nul Tab");
		assertThat(MailText.value("  José  María ")).isEqualTo("José María");
		assertThat(MailText.value(null)).isEmpty();
	}

	@Test
	void formatMakesEveryTextValueSafeAndKeepsNumbers() {
		var text = MailText.format("Hello %s,%n%nwithin %d hours: %s/verify?token=%s%n", "Ann\nClick here", 48,
				"https://app.luxestate.dev", "abc_DEF-123");

		assertThat(text)
			.isEqualTo("Hello Ann Click here,%n%nwithin 48 hours: https://app.luxestate.dev/verify?token=abc_DEF-123%n"
				.formatted());
	}

}
