import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface EstablishmentAddressRequest {
  companyId: string;
  establishmentId: string;
  servicePointCode: string;
}

export interface EstablishmentAddress {
  allocationId: string;
  lines: string[];
}

/** What the domain that gives establishments their business address implements (business-address does). */
export interface EstablishmentAddressProvider {
  /** Runs in the caller's transaction (the establishment is created in it); idempotent per establishment. */
  allocateForEstablishment(manager: EntityManager, request: EstablishmentAddressRequest): Promise<EstablishmentAddress>;
}

/**
 * The port through which a representative office gets its business address. The providing domain
 * depends on companies (access, directory, journey), so it registers itself here in its
 * onModuleInit instead of companies importing it.
 */
@Injectable()
export class EstablishmentAddresses {
  private provider: EstablishmentAddressProvider | null = null;

  register(provider: EstablishmentAddressProvider): void {
    if (this.provider) throw new Error('An establishment address provider is registered already');
    this.provider = provider;
  }

  async allocateForEstablishment(manager: EntityManager, request: EstablishmentAddressRequest): Promise<EstablishmentAddress> {
    if (!this.provider) throw new Error('No establishment address provider is registered (is BusinessAddressModule imported?)');
    return this.provider.allocateForEstablishment(manager, request);
  }
}
