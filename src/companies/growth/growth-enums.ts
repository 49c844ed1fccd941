import { registerEnumType } from '@nestjs/graphql';

/** Where the platform's part of a branch or subsidiary stands; the notary and the register court decide, the platform tracks. */
export enum GrowthStage {
  preparing = 'preparing',
  handed_over_to_notary = 'handed_over_to_notary',
  registered = 'registered',
}

/** What a branch of a foreign company (Zweigniederlassung, §13d HGB) needs for the notary's application to the register. */
export enum BranchChecklistItem {
  parent_existence_proof = 'parent_existence_proof',
  permanent_representatives = 'permanent_representatives',
  certified_translations = 'certified_translations',
  apostille = 'apostille',
}

export const BRANCH_CHECKLIST: readonly BranchChecklistItem[] = Object.values(BranchChecklistItem);

export enum SubsidiaryLegalForm {
  gmbh = 'gmbh',
  ug = 'ug',
}

/** The sample protocol of §2 (1a) GmbHG (at most three shareholders, one managing director) or articles of their own. */
export enum ArticlesKind {
  model_protocol = 'model_protocol',
  own = 'own',
}

export enum GrowthDeadlineKind {
  trade_registration = 'trade_registration',
  tax_registration = 'tax_registration',
}

/** The prefilled packages the platform hands over; the receivers decide. */
export enum GrowthPackage {
  notary = 'notary',
  transparency_register = 'transparency_register',
  tax_questionnaire = 'tax_questionnaire',
}

registerEnumType(GrowthStage, {
  name: 'GrowthStage',
  description: 'preparing → handed_over_to_notary → registered (by the register court).',
});
registerEnumType(BranchChecklistItem, { name: 'BranchChecklistItem' });
registerEnumType(SubsidiaryLegalForm, {
  name: 'SubsidiaryLegalForm',
  description: 'GmbH (share capital ≥ 25,000 EUR) or UG (haftungsbeschränkt).',
});
registerEnumType(ArticlesKind, { name: 'ArticlesKind' });
registerEnumType(GrowthDeadlineKind, { name: 'GrowthDeadlineKind' });
registerEnumType(GrowthPackage, { name: 'GrowthPackage' });
