import type { FieldError } from '../common/errors/domain.exception.js';
import type { ApplicationFacts } from './application-facts.js';
import type { ResidencyApplicationDetailsInput } from './dto/residency-application.inputs.js';
import { ResidencyCategory } from './residency-category.js';
import { ResidencyException } from './residency.exception.js';

/** The input key that carries each category's facts. */
export const FACTS_KEY: Record<ResidencyCategory, 'student' | 'commuter' | 'secondHome' | 'formerResident'> = {
  [ResidencyCategory.student]: 'student',
  [ResidencyCategory.commuter]: 'commuter',
  [ResidencyCategory.second_home]: 'secondHome',
  [ResidencyCategory.former_resident]: 'formerResident',
};

const order = (key: string, from: string, until: string): FieldError[] =>
  until < from ? [{ field: key, constraint: 'dateOrder', messageKey: 'residents.date_order' }] : [];
const notFuture = (key: string, date: string, today: string): FieldError[] =>
  date > today ? [{ field: key, constraint: 'notFuture', messageKey: 'residents.date_in_future' }] : [];

/**
 * The facts the category needs, and nothing else (facts of other categories are dropped).
 * Shape and format are checked at the edge; here: presence and how the dates relate.
 */
export function factsFor(category: ResidencyCategory, input: ResidencyApplicationDetailsInput, today: string): ApplicationFacts {
  if (input.consent !== true) throw ResidencyException.consentRequired();
  const key = FACTS_KEY[category];
  const given = input[key];
  if (!given) throw ResidencyException.factsRequired(key);
  let problems: FieldError[] = [];
  let facts: ApplicationFacts;
  switch (category) {
    case ResidencyCategory.student: {
      const { university, enrolmentFrom, enrolmentUntil } = input.student!;
      problems = order(`${key}.enrolmentUntil`, enrolmentFrom, enrolmentUntil);
      facts = { university, enrolmentFrom, enrolmentUntil };
      break;
    }
    case ResidencyCategory.commuter: {
      const { employer, workAddress } = input.commuter!;
      facts = { employer, workAddress };
      break;
    }
    case ResidencyCategory.second_home: {
      const { secondHomeAddress, registeredOn } = input.secondHome!;
      problems = notFuture(`${key}.registeredOn`, registeredOn, today);
      facts = { secondHomeAddress, registeredOn };
      break;
    }
    case ResidencyCategory.former_resident: {
      const { formerAddress, livedFrom, livedUntil } = input.formerResident!;
      problems = [...order(`${key}.livedUntil`, livedFrom, livedUntil), ...notFuture(`${key}.livedUntil`, livedUntil, today)];
      facts = { formerAddress, livedFrom, livedUntil };
      break;
    }
  }
  if (problems.length > 0) throw ResidencyException.invalidFacts(problems);
  return facts;
}
