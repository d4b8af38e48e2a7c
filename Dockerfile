# syntax=docker/dockerfile:1
#
# LuxeState: the one deployable jar (app/target/luxestate.jar) in a small, non-root JRE image.
#
#   docker build -t luxestate .
#   docker compose --profile app up -d --build        (with PostgreSQL, see docker-compose.yml)
#
# Configuration is by environment variables (LUXESTATE_DB_URL, LUXESTATE_DB_USERNAME, LUXESTATE_DB_PASSWORD,
# LUXESTATE_JWT_*, LUXESTATE_CORS_ALLOWED_ORIGINS, LUXESTATE_LOG_FORMAT, ...). Extra JVM flags go in JAVA_OPTS.

# --------------------------------------------------------------------------------------------------------------
# Build: compile every module and repackage app. Tests need PostgreSQL, so they run in CI (./mvnw verify), not here.
# --------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace

# The wrapper and the poms first: the layers below are rebuilt only when one of them changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY platform/pom.xml platform/
COPY identity/pom.xml identity/
COPY billing/pom.xml billing/
COPY listings/pom.xml listings/
COPY engagement/pom.xml engagement/
COPY moderation/pom.xml moderation/
COPY app/pom.xml app/

# Download Maven, the plugins and the dependencies into this layer. Best effort: the reactor's own modules are not
# built yet and a few plugin dependencies are only resolved when the plugin runs; the package step fetches the rest.
RUN chmod +x mvnw \
 && ( ./mvnw -B -ntp dependency:go-offline -DexcludeGroupIds=com.luxestate \
      || echo "dependency:go-offline was incomplete; the package step downloads what is missing" )

# Then the sources (src/main/jooq holds each module's committed jOOQ classes, see docs/adr/0003).
COPY platform/src/ platform/src/
COPY identity/src/ identity/src/
COPY billing/src/ billing/src/
COPY listings/src/ listings/src/
COPY engagement/src/ engagement/src/
COPY moderation/src/ moderation/src/
COPY app/src/ app/src/

# -DskipTests still compiles the tests: platform's test-jar is part of the reactor. .git is not in the build
# context; the git-commit-id plugin tolerates that and /actuator/info then has build data but no git section.
RUN ./mvnw -B -ntp -DskipTests package

# Split the executable jar into Spring Boot's layers (dependencies, spring-boot-loader, snapshot-dependencies,
# application) in the exploded launcher layout, so the runtime image can copy them as separate, cacheable layers.
RUN java -Djarmode=tools -jar app/target/luxestate.jar extract --layers --launcher --destination /workspace/extracted

# --------------------------------------------------------------------------------------------------------------
# Runtime
# --------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre AS runtime

LABEL org.opencontainers.image.title="luxestate" \
      org.opencontainers.image.description="LuxeState real-estate marketplace backend (Spring Boot modular monolith)"

# curl only serves the HEALTHCHECK below; the image does not promise it, so it is installed explicitly.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed, unprivileged uid/gid (10001) that matches no host user, and the media directory it owns. The application
# files below stay root-owned, so the process cannot modify its own code.
RUN groupadd --system --gid 10001 luxestate \
 && useradd --system --uid 10001 --gid luxestate --home-dir /nonexistent --no-create-home \
            --shell /usr/sbin/nologin luxestate \
 && mkdir -p /var/lib/luxestate/media \
 && chown -R luxestate:luxestate /var/lib/luxestate

WORKDIR /app

# Least to most frequently changing: third-party jars, the launcher, our own module jars (snapshots), app classes.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

# JAVA_BASE_OPTS are the container defaults; JAVA_OPTS comes after them, so a flag given there wins
# (e.g. JAVA_OPTS="-XX:MaxRAMPercentage=60 -Dsome.property=x"). Both are split on spaces.
#  - MaxRAMPercentage: the heap follows the container's memory limit, leaving a quarter for metaspace, threads,
#    direct buffers and image decoding.
#  - ExitOnOutOfMemoryError: a JVM that ran out of heap exits and is restarted instead of limping on.
# SPRING_DOCKER_COMPOSE_ENABLED=false: the Docker Compose support is a development aid and must never try to run
# `docker compose` inside the container, even if it were ever packaged.
ENV JAVA_BASE_OPTS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError" \
    JAVA_OPTS="" \
    LUXESTATE_STORAGE_DIR=/var/lib/luxestate/media \
    SPRING_DOCKER_COMPOSE_ENABLED=false

# Uploaded images live outside the container's writable layer, even when no volume is given explicitly.
VOLUME ["/var/lib/luxestate/media"]

USER 10001:10001
EXPOSE 8080

# Healthy means ready for traffic: the readiness group includes the database, and it also fails while the
# application shuts down gracefully. The start period covers the Flyway migrations of a first start. The port is
# the application's: SERVER_PORT if set, else PORT, else 8080.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD curl --fail --silent --show-error --max-time 4 --output /dev/null \
      "http://127.0.0.1:${SERVER_PORT:-${PORT:-8080}}/actuator/health/readiness" || exit 1

# Exec form, and `exec` inside the shell: java replaces sh as PID 1 and receives SIGTERM itself, so Spring Boot's
# graceful shutdown (30 s) runs on `docker stop`. Arguments after the image name are passed on to the application
# (e.g. --logging.level.com.luxestate=debug).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_BASE_OPTS $JAVA_OPTS -cp /app org.springframework.boot.loader.launch.JarLauncher \"$@\"", "luxestate"]
