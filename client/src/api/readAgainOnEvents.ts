/**
 * Options for a query that a live event reads again (`refetch` when an event says its data changed).
 * Apollo joins a request to an identical one still in flight (query deduplication); that one may have
 * been sent before the change, and the read again would then return the old data with nothing to read
 * after it: a card issued while the page's catch-up read was under way stayed unseen. Such a query's
 * reads are therefore always sent on their own.
 */
export const READ_AGAIN_ON_EVENTS = { context: { queryDeduplication: false } } as const;
