import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../src/common/context/request-context.js';
import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

/**
 * Runs `query` as `token` and returns its data and every SQL statement that request sent (after
 * warming the token's session check); statements of background jobs running meanwhile are not counted.
 */
export async function countedStatements(app: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const dataSource = app.app.get(DataSource);
  await graphql(app, '{ me { id } }', {}, { token });
  const statements: string[] = [];
  const requestContext = app.app.get(RequestContext);
  const correlationId = `counted-${randomUUID()}`;
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (statement, parameters, runner) => {
    if (requestContext.correlationId === correlationId) statements.push(statement);
    return original(statement, parameters, runner);
  };
  try {
    const response = await graphql<any>(app, query, variables, { token, correlationId });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return { data: response.data, statements };
  } finally {
    logger.logQuery = original;
  }
}
