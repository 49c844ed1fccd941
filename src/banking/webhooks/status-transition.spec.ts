import { BankAccountApplicationStatus as Status } from '../entities/bank-account-application.entity.js';
import { isBankEventType, transitionFor } from './status-transition.js';

describe('bank application transitions', () => {
  it('moves forward on higher sequences', () => {
    expect(transitionFor({ status: Status.requested, lastSequence: 0 }, { type: 'application.in_review', sequence: 1 })).toBe(
      Status.in_review,
    );
    expect(transitionFor({ status: Status.in_review, lastSequence: 1 }, { type: 'application.opened', sequence: 2 })).toBe(Status.opened);
    expect(transitionFor({ status: Status.requested, lastSequence: 0 }, { type: 'application.declined', sequence: 2 })).toBe(
      Status.declined,
    );
  });

  it('goes back to review after documents, but never out of a final state', () => {
    expect(transitionFor({ status: Status.documents_requested, lastSequence: 2 }, { type: 'application.in_review', sequence: 3 })).toBe(
      Status.in_review,
    );
    expect(
      transitionFor({ status: Status.documents_requested, lastSequence: 2 }, { type: 'application.documents_requested', sequence: 3 }),
    ).toBe(Status.documents_requested);
    expect(transitionFor({ status: Status.opened, lastSequence: 2 }, { type: 'application.in_review', sequence: 5 })).toBeNull();
    expect(transitionFor({ status: Status.declined, lastSequence: 2 }, { type: 'application.opened', sequence: 3 })).toBeNull();
  });

  it('ignores lower or equal sequences', () => {
    expect(
      transitionFor({ status: Status.in_review, lastSequence: 3 }, { type: 'application.documents_requested', sequence: 2 }),
    ).toBeNull();
    expect(transitionFor({ status: Status.in_review, lastSequence: 3 }, { type: 'application.opened', sequence: 3 })).toBeNull();
  });

  it('knows its event types', () => {
    expect(isBankEventType('application.opened')).toBe(true);
    expect(isBankEventType('toString')).toBe(false);
    expect(isBankEventType(3)).toBe(false);
  });
});
