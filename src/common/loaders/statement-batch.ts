import type { EntityManager } from 'typeorm';

interface PendingRead {
  sql: string;
  parameters: unknown[];
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

/**
 * Reads queued in the same turn of the event loop go to the database as ONE statement: each read's
 * rows come back as a JSON array (`SELECT (SELECT json_agg(q) FROM (read 1) q) AS r0, …`). Lets
 * several domains answer for a whole list with one statement between them, each querying only its
 * own tables (the onboarding steps of the staff's journey list).
 *
 * A read is a plain SELECT with positional parameters ($1, $2, … of its own; no `$` in literals).
 * Its rows arrive as JSON: timestamps as ISO strings (see `dateOf`), numbers and booleans as such;
 * the order of the rows is not guaranteed, so reads pick with DISTINCT ON or in code, not by position.
 */
export class StatementBatch {
  private pending: PendingRead[] = [];

  constructor(readonly manager: EntityManager) {}

  rows<T>(sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
    return new Promise<unknown[]>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ sql, parameters: [...parameters], resolve, reject });
    }) as Promise<T[]>;
  }

  /** `rows` typed like `DataSource.query` (`T` is the array of rows), for code moved over from it. */
  query<T = unknown[]>(sql: string, parameters: readonly unknown[] = []): Promise<T> {
    return this.rows(sql, parameters) as Promise<T>;
  }

  private async flush(): Promise<void> {
    const reads = this.pending;
    this.pending = [];
    const parameters: unknown[] = [];
    const columns = reads.map((read, index) => {
      const offset = parameters.length;
      parameters.push(...read.parameters);
      const sql = read.sql.replace(/\$(\d+)/g, (_, position: string) => `$${Number(position) + offset}`);
      return `(SELECT coalesce(json_agg(q), '[]'::json) FROM (${sql}) q) AS r${index}`;
    });
    try {
      const [row] = await this.manager.query<Record<string, unknown[]>[]>(`SELECT ${columns.join(', ')}`, parameters);
      reads.forEach((read, index) => read.resolve(row[`r${index}`]));
    } catch (error) {
      for (const read of reads) read.reject(error);
    }
  }
}

/** A timestamp of a batched read's JSON row. */
export const dateOf = (value: string | null | undefined): Date | null => (value ? new Date(value) : null);
