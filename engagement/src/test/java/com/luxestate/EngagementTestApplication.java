package com.luxestate;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Lets the engagement module be bootstrapped and tested on its own, as
 * {@code @ApplicationModuleTest} expects an application class in the root package; the
 * real one lives in the app module.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
class EngagementTestApplication {

}
