package com.luxestate.trespasser.internal;

import java.time.Clock;
import java.util.concurrent.Executor;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.luxestate.upstream.UpstreamCatalog;

/**
 * Breaks the field-injection rule once for every annotation Spring injects fields for.
 */
public class FieldInjectedReporter {

	@Autowired
	private UpstreamCatalog autowiredCatalog;

	@Value("${trespasser.page-size:20}")
	private int valuePageSize;

	@Inject
	private Clock injectedClock;

	@Resource
	private Executor resourceExecutor;

	public String report(String offerId) {
		return autowiredCatalog.priceTagOf(offerId) + valuePageSize + injectedClock.instant() + resourceExecutor;
	}

}
