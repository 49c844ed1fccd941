import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { CompaniesException } from './companies.exception.js';
import { CompanyAccess } from './company-access.service.js';
import { EstablishmentKind, EstablishmentStatus, RepresentativeRole } from './company-enums.js';
import type { CreateEstablishmentInput } from './dto/company.inputs.js';
import { CompanyTransaction } from './company-transaction.js';
import { Establishment } from './entities/establishment.entity.js';
import { EstablishmentAddresses } from './establishment-addresses.js';

const UNIQUE_VIOLATION = '23505';

/** The representative office and its business address, allocated in the same transaction. */
@Injectable()
export class EstablishmentsService {
  constructor(
    private readonly access: CompanyAccess,
    private readonly businessAddresses: EstablishmentAddresses,
    private readonly audit: AuditService,
    private readonly companyTransaction: CompanyTransaction,
  ) {}

  async createRepresentativeOffice(actor: Actor, input: CreateEstablishmentInput): Promise<Establishment> {
    await this.access.requireRepresentative(actor, input.companyId);
    try {
      return await this.companyTransaction.run(input.companyId, async (manager) => {
        const role = await this.access.representativeRole(actor, input.companyId, manager);
        if (role === RepresentativeRole.authorised_representative) throw CompaniesException.ownerRequired();
        const open = await manager.existsBy(Establishment, {
          companyId: input.companyId,
          kind: EstablishmentKind.representative_office,
          status: Not(EstablishmentStatus.closed),
        });
        if (open) throw CompaniesException.establishmentExists();
        const establishment = await manager.save(
          manager.create(Establishment, {
            companyId: input.companyId,
            kind: EstablishmentKind.representative_office,
            status: EstablishmentStatus.setting_up,
            servicePointCode: input.servicePointCode,
            createdByAccountId: actor.accountId,
          }),
        );
        const allocation = await this.businessAddresses.allocateForEstablishment(manager, {
          companyId: input.companyId,
          establishmentId: establishment.id,
          servicePointCode: input.servicePointCode,
        });
        establishment.businessAddressAllocationId = allocation.allocationId;
        establishment.businessAddressLines = allocation.lines;
        await manager.save(establishment);
        await this.audit.record(
          {
            action: 'company.establishment_created',
            actorAccountId: actor.accountId,
            subjectType: 'establishment',
            subjectId: establishment.id,
            details: { companyId: input.companyId, servicePointCode: input.servicePointCode },
          },
          manager,
        );
        return establishment;
      });
    } catch (error) {
      if (
        (error as { code?: string }).code === UNIQUE_VIOLATION &&
        String((error as { constraint?: string }).constraint ?? '').includes('establishments')
      ) {
        throw CompaniesException.establishmentExists();
      }
      throw error;
    }
  }
}
