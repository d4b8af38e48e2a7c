package com.luxestate.listings.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders search results come in; each is total (ties broken by id), which keyset
 * paging needs.
 */
public enum SearchSort {

	RELEVANCE("relevance"), NEWEST("newest"), PRICE_ASC("price_asc"), PRICE_DESC("price_desc"), DISTANCE("distance");

	private final String parameter;

	SearchSort(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

	public static Optional<SearchSort> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst();
	}

}
