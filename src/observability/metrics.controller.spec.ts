import { NotFoundException } from '@nestjs/common';
import { MetricsRegistry } from '../common/metrics/metrics-registry.js';
import type { AppConfig } from '../config/app-config.js';
import { MetricsController } from './metrics.controller.js';

describe('MetricsController', () => {
  const metrics = new MetricsRegistry();
  metrics.counter({ name: 'eresidency_spec_total', help: 'a counter of this spec' }).inc();
  const controller = (metricsToken?: string) => new MetricsController(metrics, { observability: { metricsToken } } as AppConfig);

  it('answers anyone when no token is configured', async () => {
    expect(await controller().scrape(undefined)).toContain('eresidency_spec_total 1');
  });

  it('with a token configured, answers only its bearer and hides itself from everyone else', async () => {
    const guarded = controller('scrape-token-0123456789');
    expect(await guarded.scrape('Bearer scrape-token-0123456789')).toContain('eresidency_spec_total 1');
    for (const wrong of [undefined, '', 'Bearer scrape-token-012345678', 'Bearer scrape-token-01234567890', 'scrape-token-0123456789']) {
      await expect(guarded.scrape(wrong)).rejects.toBeInstanceOf(NotFoundException);
    }
  });

  it('refuses metric names outside the application prefix, and gives the same metric when asked twice', () => {
    expect(() => metrics.counter({ name: 'spec_total', help: 'x' })).toThrow(/eresidency_/);
    expect(metrics.counter({ name: 'eresidency_spec_total', help: 'a counter of this spec' })).toBe(
      metrics.counter({ name: 'eresidency_spec_total', help: 'a counter of this spec' }),
    );
  });
});
