package com.luxestate.identity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.luxestate.identity.Role;

/**
 * What the OpenAPI document says about identity beyond what springdoc reads from the
 * controllers.
 */
@Configuration(proxyBeanMethods = false)
class IdentityApiDocumentation {

	static final String REGISTER_REQUEST = "RegisterRequest";

	/**
	 * Registration offers only the roles a person may choose for themselves
	 * ({@link Role#isSelfAssignable()}), so a client never offers one that is refused;
	 * the roles everywhere else (answers, filters) stay every role.
	 */
	@Bean
	OpenApiCustomizer registrationOffersSelfAssignableRoles() {
		return api -> {
			var schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
			var register = schemas == null ? null : schemas.get(REGISTER_REQUEST);
			if (register == null || register.getProperties() == null || register.getProperties().get("role") == null) {
				return;
			}
			var role = (Schema<?>) register.getProperties().get("role");
			var roles = new ArrayList<Object>(
					Arrays.stream(Role.values()).filter(Role::isSelfAssignable).map(Role::name).toList());
			var types = new LinkedHashSet<String>(Set.of("string"));
			if (role.getTypes() != null && role.getTypes().contains("null") || role.getAnyOf() != null) {
				types.add("null");
				roles.add(null);
			}
			var offered = new Schema<Object>().types(types);
			offered.setEnum(roles);
			offered.setDescription(role.getDescription());
			offered.setExample("OWNER");
			register.getProperties().put("role", offered);
		};
	}

}
