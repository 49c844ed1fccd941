import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { PersonalData, type PersonalDataSource } from '../common/personal-data/personal-data-source.js';

/** Erased last: other sources still find the account's cards and sessions before these clear them. */
const ERASE_LAST = ['cards', 'identity'];

/** Every domain's `@PersonalData()` source, found once at start-up. */
@Injectable()
export class PersonalDataSources implements OnModuleInit {
  private sources: PersonalDataSource[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = this.discovery
      .getProviders({ metadataKey: PersonalData.KEY })
      .map((wrapper) => wrapper.instance as PersonalDataSource)
      .filter((source): source is PersonalDataSource => Boolean(source));
    this.sources = found.sort((a, b) => ERASE_LAST.indexOf(a.domain) - ERASE_LAST.indexOf(b.domain) || a.domain.localeCompare(b.domain));
  }

  all(): readonly PersonalDataSource[] {
    return this.sources;
  }
}
