package com.luxestate.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The codec of the opaque cursors keyset-paged lists give out: the sort keys of the last
 * item of a page, joined by {@code |} and encoded as base64url. A page continues strictly
 * after those keys, so items added meanwhile neither repeat nor push others out of the
 * way, unlike an offset.
 * <p>
 * Cursors come back from clients, so reading one checks it: a cursor that is not
 * base64url, has another number of keys, or a key its reader refuses is answered with one
 * 400 naming the {@code cursor} parameter.
 */
public final class PageCursor {

	/** The parameter cursors come back in. */
	public static final String PARAMETER = "cursor";

	/**
	 * What is wrong with a cursor no page of this list gave out (or of another sort of
	 * it).
	 */
	public static final String NOT_A_CURSOR = "is not a cursor of this list; start again without it";

	private static final String SEPARATOR = "|";

	private PageCursor() {
	}

	/** The cursor after an item with these sort keys; no key may contain {@code |}. */
	public static String encode(Object... keys) {
		var plain = String.join(SEPARATOR, Arrays.stream(keys).map(String::valueOf).toList());
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor {@link #encode} gave out.
	 * @param keys how many sort keys the cursor must hold
	 * @param reader turns the keys into the position a page continues after; throws when
	 * a key is not what it must be
	 * @return {@code null} for no cursor (the first page)
	 * @throws ProblemException 400 on {@code cursor} when the cursor cannot be read
	 */
	public static <T> @Nullable T decode(@Nullable String cursor, int keys, Function<List<String>, T> reader) {
		if (cursor == null) {
			return null;
		}
		try {
			var plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			var parts = List.of(plain.split("\\" + SEPARATOR, -1));
			if (parts.size() != keys) {
				throw new IllegalArgumentException("Not " + keys + " keys");
			}
			var position = reader.apply(parts);
			if (position == null) {
				throw new IllegalArgumentException("No position");
			}
			return position;
		}
		catch (RuntimeException ex) {
			throw ProblemException.invalid(PARAMETER, NOT_A_CURSOR);
		}
	}

}
