package com.luxestate.platform;

import static com.luxestate.platform.testing.ProblemAssertions.assertProblem;
import static com.luxestate.platform.testing.ProblemAssertions.offendingFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Cursors read back as the keys they were made of; anything else is a 400 naming
 * {@code cursor}.
 */
class PageCursorTests {

	private record Position(Instant at, UUID id) {
	}

	private static Position read(List<String> keys) {
		return new Position(Instant.parse(keys.get(0)), UUID.fromString(keys.get(1)));
	}

	@Test
	void aCursorReadsBackAsTheKeysItWasMadeOf() {
		var position = new Position(Instant.parse("2026-12-05T10:15:30.123456Z"), UUID.randomUUID());

		var cursor = PageCursor.encode(position.at(), position.id());

		assertThat(cursor).as("base64url without padding").matches("[A-Za-z0-9_-]+");
		assertThat(PageCursor.decode(cursor, 2, PageCursorTests::read)).isEqualTo(position);
		assertThat(PageCursor.decode(null, 2, PageCursorTests::read)).as("the first page").isNull();
	}

	@Test
	void whatNoPageGaveOutIsRefusedNamingTheCursor() {
		var id = UUID.randomUUID();
		for (var cursor : List.of("not-a-cursor", "%%%", plain("yesterday|" + id),
				plain(Instant.EPOCH + "|" + id + "|x"), PageCursor.encode(id))) {
			var problem = assertProblem(ProblemType.VALIDATION_FAILED,
					() -> PageCursor.decode(cursor, 2, PageCursorTests::read));
			assertThat(offendingFields(problem)).as(cursor).containsExactly("cursor");
			assertThat(problem.errors().getFirst().message()).isEqualTo(PageCursor.NOT_A_CURSOR);
		}
	}

	@Test
	void aPageReadWithOneRowMoreContinuesAfterItsLastRow() {
		var full = Page.ofLookahead(List.of(1, 2, 3), 2, last -> PageCursor.encode(last), 9);
		var last = Page.ofLookahead(List.of(1, 2), 2, row -> PageCursor.encode(row), 9);

		assertThat(full.items()).containsExactly(1, 2);
		String key = PageCursor.decode(full.nextCursor(), 1, List::getFirst);
		assertThat(key).isEqualTo("2");
		assertThat(last.items()).containsExactly(1, 2);
		assertThat(last.nextCursor()).isNull();
		assertThat(full.map(String::valueOf)).isEqualTo(new Page<>(List.of("1", "2"), full.nextCursor(), 9));
	}

	private static String plain(String keys) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getBytes(StandardCharsets.UTF_8));
	}

}
