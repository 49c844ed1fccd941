import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { PageInput, toConnection } from '../common/pagination/connection.js';
import { CertificateQueries } from './certificate-queries.service.js';
import {
  CertificateFilterInput,
  RequestCertificateInput,
  RevokeMyCertificateInput,
  StaffRevokeCertificateInput,
} from './dto/pki.inputs.js';
import { CertificateRequestService } from './issuance/certificate-request.service.js';
import { CertificateConnection, CertificateModel } from './models/certificate.model.js';
import { RevocationService } from './revocation/revocation.service.js';

const PKI_STAFF = [Role.staff_economic_development, Role.admin];

@Resolver(() => CertificateModel)
export class PkiResolver {
  constructor(
    private readonly requests: CertificateRequestService,
    private readonly queries: CertificateQueries,
    private readonly revocations: RevocationService,
  ) {}

  @Mutation(() => CertificateModel, {
    description:
      'Issues a signature certificate for a CSR made on the holder’s device (representatives; verified identity; trade registration submitted). Idempotent per idempotencyKey.',
  })
  @Authenticated()
  async requestCertificate(@CurrentActor() actor: Actor, @Args('input') input: RequestCertificateInput) {
    return CertificateModel.from(await this.requests.request(actor, input));
  }

  @Query(() => [CertificateModel], { description: 'The signed-in person’s own certificates for a company they represent, newest first.' })
  @Authenticated()
  async companyCertificates(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return (await this.queries.companyCertificates(actor, companyId)).map((row) => CertificateModel.from(row));
  }

  @Mutation(() => CertificateModel, { description: 'The holder revokes their own certificate; CRL and OCSP show it at once.' })
  @Authenticated()
  async revokeMyCertificate(@CurrentActor() actor: Actor, @Args('input') input: RevokeMyCertificateInput) {
    return CertificateModel.from(await this.revocations.revokeMine(actor, input.certificateId, input.reason));
  }

  @Query(() => CertificateConnection, { description: 'Staff: every person certificate, newest first.' })
  @Authenticated(...PKI_STAFF)
  async certificates(
    @CurrentActor() actor: Actor,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('filter', { type: () => CertificateFilterInput, nullable: true }) filter?: CertificateFilterInput,
  ) {
    const { rows, cursors, hasNextPage } = await this.queries.staffList(actor, page?.first ?? 20, page?.after, filter ?? {});
    return toConnection(
      rows.map((row, index) => CertificateModel.from(row, cursors[index])),
      hasNextPage,
    );
  }

  @Mutation(() => CertificateModel, { description: 'Staff: revokes a certificate with a reason and a note (audited).' })
  @Authenticated(...PKI_STAFF)
  async staffRevokeCertificate(@CurrentActor() actor: Actor, @Args('input') input: StaffRevokeCertificateInput) {
    return CertificateModel.from(await this.revocations.staffRevoke(actor, input.certificateId, input.reason, input.note));
  }
}
