package com.luxestate.platform;

import tools.jackson.databind.DatabindException;

/**
 * Names a field of a JSON request body the one way validation problems name fields:
 * {@code price.amount}, {@code features[1]}, or {@code body} for the body as a whole.
 */
public final class BodyFields {

	private BodyFields() {
	}

	/** The field a mapping failure is about. */
	public static String of(DatabindException ex) {
		var path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
