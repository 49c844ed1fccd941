import { registerEnumType } from '@nestjs/graphql';

/** eIDAS levels of assurance of the account holder's identity. */
export enum AssuranceLevel {
  low = 'low',
  substantial = 'substantial',
  high = 'high',
}

const ORDER: AssuranceLevel[] = [AssuranceLevel.low, AssuranceLevel.substantial, AssuranceLevel.high];

export function meetsAssurance(actual: AssuranceLevel, required: AssuranceLevel): boolean {
  return ORDER.indexOf(actual) >= ORDER.indexOf(required);
}

registerEnumType(AssuranceLevel, { name: 'AssuranceLevel', description: 'eIDAS level of assurance.' });
