package com.luxestate;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Bootstraps the platform alone for its own tests; kept out of the test-jar the context
 * modules use.
 */
@SpringBootApplication
class PlatformTestApplication {

}
