package com.luxestate.identity.internal;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AgentProfiles extends CrudRepository<AgentProfile, UUID> {

}
