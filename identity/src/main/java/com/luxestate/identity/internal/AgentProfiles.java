package com.luxestate.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AgentProfiles extends CrudRepository<AgentProfile, UUID> {

	@Query("SELECT * FROM identity.agent_profile WHERE verification_status = 'PENDING' ORDER BY requested_at LIMIT :limit")
	List<AgentProfile> findPending(int limit);
}
