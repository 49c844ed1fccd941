import { Module } from '@nestjs/common';
import { COMPANIES_RESOLVERS } from './companies.resolvers.js';

@Module({
  providers: [...COMPANIES_RESOLVERS],
  exports: [],
})
export class CompaniesModule {}
