import { DynamicModule, Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/index.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({})
export class DemoSeedModule {
  static register(enabled: boolean): DynamicModule {
    return { module: DemoSeedModule, imports: [IdentityModule], providers: enabled ? [DemoSeedService] : [] };
  }
}
