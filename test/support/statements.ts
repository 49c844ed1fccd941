import { DataSource } from 'typeorm';
import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

/** Runs `query` as `token` and returns its data and every SQL statement it sent (after warming the token's session check). */
export async function countedStatements(app: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const dataSource = app.app.get(DataSource);
  await graphql(app, '{ me { id } }', {}, { token });
  const statements: string[] = [];
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (statement, parameters, runner) => {
    statements.push(statement);
    return original(statement, parameters, runner);
  };
  try {
    const response = await graphql<any>(app, query, variables, { token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return { data: response.data, statements };
  } finally {
    logger.logQuery = original;
  }
}
