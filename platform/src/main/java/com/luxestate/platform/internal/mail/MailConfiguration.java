package com.luxestate.platform.internal.mail;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import com.luxestate.platform.Mailbox;

/**
 * Durable outgoing mail (ADR 0012): the {@link Mailbox} modules record mails in, the job
 * that delivers them over SMTP when it is configured ({@code SPRING_MAIL_HOST}), and a
 * health indicator that reads how delivery is going without ever calling the SMTP server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

	@Bean
	OutgoingMails outgoingMails(DataSource dataSource) {
		return new OutgoingMails(dataSource);
	}

	@Bean
	OutgoingMailbox mailbox(OutgoingMails outgoingMails, ObjectProvider<JavaMailSender> smtp, MailSettings settings) {
		return new OutgoingMailbox(outgoingMails, smtp.getIfAvailable() != null, settings);
	}

	@Bean
	MailDeliveryJob mailDeliveryJob(OutgoingMails outgoingMails, ObjectProvider<JavaMailSender> smtp,
			MailSettings settings) {
		return new MailDeliveryJob(outgoingMails, smtp.getIfAvailable(), settings);
	}

	@Bean
	OutgoingMailHealth outgoingMailHealthIndicator(OutgoingMails outgoingMails, ObjectProvider<JavaMailSender> smtp,
			MailSettings settings) {
		return new OutgoingMailHealth(outgoingMails, smtp.getIfAvailable() != null, settings);
	}

}
