import { Controller, Get, Header, Headers, Inject, NotFoundException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { prometheusContentType } from 'prom-client';
import { Public } from '../common/auth/access.decorators.js';
import { MetricsRegistry } from '../common/metrics/metrics-registry.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Prometheus scrapes this; with METRICS_TOKEN set, only a caller with that bearer token sees it. */
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(
    private readonly metrics: MetricsRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('cache-control', 'no-store')
  @Header('content-type', prometheusContentType)
  async scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    const token = this.config.observability.metricsToken;
    if (token && !sameSecret(authorization ?? '', `Bearer ${token}`)) throw new NotFoundException();
    return this.metrics.registry.metrics();
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
