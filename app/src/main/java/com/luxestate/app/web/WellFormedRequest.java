package com.luxestate.app.web;

import com.luxestate.platform.ProblemException;
import com.luxestate.platform.ProblemType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, requests the servlet container or Spring would
 * fail on deep inside (as a 500): a query string that is not percent-encoded UTF-8
 * ({@code ?q=%}, {@code %zz}), a parameter holding a NUL character (PostgreSQL refuses
 * it, and in a query it broke the connection), a {@code Content-Type} that names no type
 * ({@code *}{@code /*}) or cannot be read, and form bodies, which no operation of this
 * JSON API takes.
 */
class WellFormedRequest extends OncePerRequestFilter {

	/**
	 * Tomcat's own limit ({@code server.tomcat.max-parameter-count}): past it Tomcat
	 * throws while the parameters are read, which would reach the application as a
	 * failure.
	 */
	static final int MAX_PARAMETERS = 1000;

	private final Problems problems;

	WellFormedRequest(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var refusal = refusalOf(request);
		if (refusal != null) {
			problems.write(refusal, request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	private static org.springframework.http.ProblemDetail refusalOf(HttpServletRequest request) {
		var query = request.getQueryString();
		if (query != null) {
			var pairs = query.split("&", -1);
			if (Arrays.stream(pairs).filter(pair -> !pair.isEmpty()).count() > MAX_PARAMETERS) {
				return Problems.of(ProblemType.MALFORMED_REQUEST,
						"The query string has more than " + MAX_PARAMETERS + " parameters.");
			}
			for (var pair : pairs) {
				var equals = pair.indexOf('=');
				var name = decoded(equals < 0 ? pair : pair.substring(0, equals));
				var value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
				if (name == null || value == null) {
					return Problems.of(ProblemType.MALFORMED_REQUEST,
							"The query string is not valid percent-encoded UTF-8 (a '%' must be followed by two hex digits).");
				}
				if (name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
					return Problems.validationFailed("A parameter holds a NUL character.",
							List.of(new ProblemException.FieldError(name.replace('\u0000', '?'),
									"must not contain a NUL character")));
				}
			}
		}
		var contentType = request.getContentType();
		if (contentType != null) {
			MediaType type;
			try {
				type = MediaType.parseMediaType(contentType);
			}
			catch (InvalidMediaTypeException ex) {
				return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The Content-Type cannot be read.");
			}
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
						"The Content-Type must name the type of the body, such as application/json.");
			}
			if (MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
				return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
						"This API reads JSON bodies (and multipart uploads of images), not forms.");
			}
		}
		return null;
	}

	/**
	 * The text a piece of a query string stands for, or {@code null} if it is not
	 * percent-encoded UTF-8.
	 */
	static String decoded(String encoded) {
		if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
			return encoded;
		}
		var bytes = new ByteArrayOutputStream(encoded.length());
		for (var i = 0; i < encoded.length(); i++) {
			var c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return null;
				}
				var high = Character.digit(encoded.charAt(i + 1), 16);
				var low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				var raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(raw, 0, raw.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
