import { Module, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../common/jobs/job-queue.js';
import { ResidentsModule } from '../residency/residents.module.js';
import { ResidencyService } from '../residency/residency.service.js';
import { ActiveResidencies } from './active-residencies.port.js';
import { CardCredentialIssuer } from './card-credential-issuer.js';
import { CardHolderNotifier } from './card-holder-notifier.js';
import { CardPdfService } from './card-pdf.service.js';
import { CardRequestService } from './card-request.service.js';
import { CardsController } from './cards.controller.js';
import { CardsResolver } from './cards.resolver.js';
import { CitizenCardService } from './citizen-card.service.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { StatusListService } from './status-list.service.js';

@Module({
  // Payments is a global module: FeeSchedule and PaymentSubjects come from it.
  imports: [ResidentsModule],
  controllers: [CardsController],
  providers: [
    { provide: ActiveResidencies, useExisting: ResidencyService },
    CardIssuerService,
    CardCredentialIssuer,
    CardHolderNotifier,
    StatusListService,
    CitizenCardService,
    CardRequestService,
    CardPdfService,
    CardsResolver,
  ],
  exports: [CitizenCardService, StatusListService, CardIssuerService],
})
export class CardsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly cards: CitizenCardService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule('cards.expire', '15 3 * * *', async () => {
      await this.cards.expireDueCards();
    });
  }
}
