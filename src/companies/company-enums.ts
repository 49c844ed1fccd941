import { registerEnumType } from '@nestjs/graphql';

export enum RepresentativeRole {
  owner = 'owner',
  managing_director = 'managing_director',
  authorised_representative = 'authorised_representative',
}

export enum EstablishmentKind {
  representative_office = 'representative_office',
  branch = 'branch',
  subsidiary = 'subsidiary',
}

export enum EstablishmentStatus {
  setting_up = 'setting_up',
  active = 'active',
  closed = 'closed',
}

registerEnumType(RepresentativeRole, { name: 'RepresentativeRole', description: 'How a person acts for a company.' });
registerEnumType(EstablishmentKind, { name: 'EstablishmentKind' });
registerEnumType(EstablishmentStatus, { name: 'EstablishmentStatus' });
