import pg from 'pg';

/** A connection prepares a statement on the run of the same text after this many (Npgsql's default). */
export const RUNS_BEFORE_PREPARING = 5;
/** Prepared statements per connection at most: each holds its plan in the connection's PostgreSQL backend. */
export const MAX_PREPARED_PER_CONNECTION = 256;
/** Statement texts a connection counts at most; then it counts anew (texts that never repeat, e.g. IN lists of every length). */
const MAX_COUNTED_PER_CONNECTION = 1_000;

/**
 * A pool connection that prepares the parameterised statements it runs often, as the PostgreSQL
 * JDBC driver (`prepareThreshold`) and Npgsql (automatic preparation) do: PostgreSQL then parses
 * and plans such a statement once per connection instead of on every run (the session check, `me`,
 * a partner's verification: about half of PostgreSQL's CPU per query). A statement is prepared by
 * giving it a name (pg sends the text once per connection, then only its parameters).
 *
 * Protocol-level named statements need a session: through PgBouncer in transaction mode they need
 * PgBouncer 1.21 or newer with `max_prepared_statements` set (the default from 1.24); behind an
 * older one, `DB_PREPARED_STATEMENTS=false`.
 */
export class PreparingClient extends pg.Client {
  private readonly runs = new Map<string, number>();
  private readonly names = new Map<string, string>();

  /** The name `text` is prepared under on this connection, once it ran often enough; undefined: run it unnamed. */
  statementName(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined || this.names.size >= MAX_PREPARED_PER_CONNECTION) return name;
    const runs = (this.runs.get(text) ?? 0) + 1;
    if (runs <= RUNS_BEFORE_PREPARING) {
      if (this.runs.size >= MAX_COUNTED_PER_CONNECTION) this.runs.clear();
      this.runs.set(text, runs);
      return undefined;
    }
    this.runs.delete(text);
    const prepared = `bo_${this.names.size + 1}`;
    this.names.set(text, prepared);
    return prepared;
  }

  // pg's overloads (callback, promise, submittable) all pass through; only `query(text, values)` with values is named.
  override query(...args: any[]): any {
    const [text, values] = args as [unknown, unknown];
    const run = super.query as (...parameters: unknown[]) => unknown;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = this.statementName(text);
      if (name !== undefined) return run.call(this, { text, values, name }, ...args.slice(2));
    }
    return run.apply(this, args);
  }
}
