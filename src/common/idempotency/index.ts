export { brokenUniqueConstraint, idempotent, insertOrExisting, type IdempotentOperation } from './idempotent.js';
