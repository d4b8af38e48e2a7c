package com.luxestate.app.web;

import com.luxestate.platform.ProblemType;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit with 413 before they are read: at once when
 * {@code Content-Length} says so, and while reading when the body is streamed without
 * one. Multipart uploads have their own, larger limit.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBodyBytes;

	private final long maxMultipartBytes;

	private final Problems problems;

	RequestBodyLimit(DataSize maxBody, DataSize maxMultipart, Problems problems) {
		this.maxBodyBytes = maxBody.toBytes();
		this.maxMultipartBytes = maxMultipart.toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var limit = isMultipart(request) ? maxMultipartBytes : maxBodyBytes;
		if (request.getContentLengthLong() > limit) {
			problems.write(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, describe(limit)), request, response);
			return;
		}
		chain.doFilter(request.getContentLengthLong() >= 0 ? request : new CountingRequest(request, limit), response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		var contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	static String describe(long limit) {
		return "The request body is larger than the limit of " + DataSize.ofBytes(limit).toKilobytes() + " KB.";
	}

	/**
	 * Thrown while a streamed body is read past the limit; the problem handler turns it
	 * into 413.
	 */
	static final class PayloadTooLarge extends IOException {

		PayloadTooLarge(long limit) {
			super(describe(limit));
		}

		static PayloadTooLarge findIn(Throwable failure) {
			for (var cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof PayloadTooLarge tooLarge) {
					return tooLarge;
				}
			}
			return null;
		}

	}

	private static final class CountingRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		CountingRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			var next = delegate.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			var count = delegate.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(long bytes) throws PayloadTooLarge {
			read += bytes;
			if (read > limit) {
				throw new PayloadTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
