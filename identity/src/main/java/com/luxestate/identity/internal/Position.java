package com.luxestate.identity.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.luxestate.platform.Page;
import com.luxestate.platform.PageCursor;

/**
 * Where a row stands in a list sorted by a time and then by id: what a {@link PageCursor}
 * of such a list holds.
 */
record Position(Instant at, UUID id) {

	static Position of(List<String> keys) {
		return new Position(Instant.parse(keys.get(0)), UUID.fromString(keys.get(1)));
	}

	String cursor() {
		return PageCursor.encode(at, id);
	}

	/**
	 * The page of the positions a keyset query read (one more than {@code limit}), each
	 * replaced by its aggregate.
	 * @param load loads the aggregates of these ids, all at once, in any order
	 */
	static <T> Page<T> page(List<Position> rows, int limit, long total, Function<List<UUID>, Iterable<T>> load,
			Function<T, UUID> idOf) {
		var shown = Page.ofLookahead(rows, limit, Position::cursor, total);
		var byId = new HashMap<UUID, T>();
		load.apply(shown.items().stream().map(Position::id).toList()).forEach(item -> byId.put(idOf.apply(item), item));
		return shown.map(row -> byId.get(row.id()));
	}
}
