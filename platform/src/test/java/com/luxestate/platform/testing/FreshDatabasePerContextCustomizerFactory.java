package com.luxestate.platform.testing;

import java.util.List;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context of every module at a database of its own on the test
 * PostgreSQL ({@link TestPostgres}), and drops that database when the context closes.
 * Registered in {@code META-INF/spring.factories}, so a test needs no annotation to get a
 * real, clean database.
 */
class FreshDatabasePerContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new FreshDatabaseCustomizer();
	}

	private static final class FreshDatabaseCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			var database = TestPostgres.createFreshDatabase();
			TestPropertyValues.of(database.springProperties()).applyTo(context);
			// Registered before any other bean, so it is destroyed after all of them, the
			// connection pool included.
			if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
				registry.registerDisposableBean("luxestateTestDatabase", database::drop);
			}
			else {
				Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
			}
		}

		// Every context gets the same treatment, so this customizer must not split
		// Spring's context cache.
		@Override
		public boolean equals(Object other) {
			return other instanceof FreshDatabaseCustomizer;
		}

		@Override
		public int hashCode() {
			return FreshDatabaseCustomizer.class.hashCode();
		}

	}

}
