package com.luxestate.platform;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A page of a list in the API's one list shape, {@code {items, nextCursor, total}}: the
 * items, where the list continues ({@code null} on the last page; a {@link PageCursor})
 * and how many items the whole list has.
 */
public record Page<T>(List<T> items, @Nullable String nextCursor, long total) {

	/**
	 * The page of the rows a keyset query read when it asked for one row more than
	 * {@code limit}: that extra row only tells that another page follows, which continues
	 * after the last row shown.
	 * @param cursorAfter the cursor that continues after a row
	 * ({@link PageCursor#encode})
	 */
	public static <T> Page<T> ofLookahead(List<T> rows, int limit, Function<? super T, String> cursorAfter,
			long total) {
		if (rows.size() <= limit) {
			return new Page<>(List.copyOf(rows), null, total);
		}
		var shown = List.copyOf(rows.subList(0, limit));
		return new Page<>(shown, cursorAfter.apply(shown.getLast()), total);
	}

	/** The same page with every item mapped, such as to its representation. */
	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor, total);
	}
}
