package org.weiyuan.support;

import io.quarkus.test.common.QuarkusTestResource;

/** One embedded PostgreSQL for every @QuarkusTest in the run. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public class PostgresForAllTests { }
