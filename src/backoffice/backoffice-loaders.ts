import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { requestLoader } from '../common/loaders/request-loaders.js';
import { CaseKindRegistry } from './case-kind-registry.js';
import { StaffDirectory, type AccountRef } from './staff-directory.js';

/** The request's batch loaders for a page of cases: one query for all people, one per case kind for facets. */
@Injectable()
export class BackofficeLoaders {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly registry: CaseKindRegistry,
  ) {}

  accounts(request: object): DataLoader<string, AccountRef | null> {
    return requestLoader(request, 'backoffice.accounts', (ids: readonly string[]) => this.directory.refs(ids));
  }

  facets(request: object, kind: string): DataLoader<string, Record<string, string> | null> {
    return requestLoader(request, `backoffice.facets.${kind}`, (ids: readonly string[]) => this.registry.get(kind).facets(ids));
  }
}
