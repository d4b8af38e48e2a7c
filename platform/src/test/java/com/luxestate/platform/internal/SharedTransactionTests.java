package com.luxestate.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Data JDBC (aggregates) and jOOQ (queries, bulk work) take part in the same
 * Spring-managed transaction: whatever one of them wrote is undone when the transaction
 * rolls back, whichever of them failed.
 */
@SpringBootTest
class SharedTransactionTests {

	private static final org.jooq.Table<?> AUDIT = table(name("tx_probe", "audit_entry"));

	private static final org.jooq.Field<UUID> AUDIT_NOTE = field(name("note_id"), UUID.class);

	private final ProbeNotes notes;

	private final DSLContext jooq;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	SharedTransactionTests(ProbeNotes notes, DSLContext jooq, TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.notes = notes;
		this.jooq = jooq;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void createProbeTables() {
		jdbc.execute(
				"""
						CREATE SCHEMA IF NOT EXISTS tx_probe;
						CREATE TABLE IF NOT EXISTS tx_probe.note (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), text TEXT NOT NULL);
						CREATE TABLE IF NOT EXISTS tx_probe.audit_entry (note_id UUID NOT NULL UNIQUE);
						TRUNCATE tx_probe.note, tx_probe.audit_entry""");
	}

	@Test
	void bothWritesCommitTogether() {
		transactions.executeWithoutResult(status -> {
			var note = notes.save(new ProbeNote(null, "committed"));
			jooq.insertInto(AUDIT).set(AUDIT_NOTE, note.id()).execute();
		});

		assertThat(notes.count()).isEqualTo(1);
		assertThat(jooq.fetchCount(AUDIT)).isEqualTo(1);
	}

	@Test
	void aFailureAfterBothWritesUndoesBoth() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			var note = notes.save(new ProbeNote(null, "rolled back"));
			jooq.insertInto(AUDIT).set(AUDIT_NOTE, note.id()).execute();
			throw new IllegalStateException("business rule violated after both writes");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(notes.count()).isZero();
		assertThat(jooq.fetchCount(AUDIT)).isZero();
	}

	@Test
	void aFailingJooqStatementUndoesTheSpringDataJdbcWrite() {
		var duplicate = UUID.randomUUID();
		jooq.insertInto(AUDIT).set(AUDIT_NOTE, duplicate).execute();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			notes.save(new ProbeNote(null, "rolled back by jOOQ"));
			jooq.insertInto(AUDIT).set(AUDIT_NOTE, duplicate).execute();
		})).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);

		assertThat(notes.count()).isZero();
		assertThat(jooq.fetchCount(AUDIT)).isEqualTo(1);
	}

	@Table(schema = "tx_probe", name = "note")
	record ProbeNote(@Id UUID id, String text) {
	}

	interface ProbeNotes extends CrudRepository<ProbeNote, UUID> {

	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableJdbcRepositories(considerNestedRepositories = true, basePackageClasses = SharedTransactionTests.class)
	static class ProbeRepositories {

	}

}
