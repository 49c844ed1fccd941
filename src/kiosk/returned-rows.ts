/** pg answers an UPDATE … RETURNING through TypeORM's `query` as [rows, count]; other statements as rows. */
export function returnedRows<T>(result: unknown[]): T[] {
  return (Array.isArray(result[0]) ? result[0] : result) as T[];
}

export function rowCount(result: unknown[]): number {
  return returnedRows(result).length;
}
