import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Inject, NotFoundException, Req, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Public } from '@debrief/api/core';
import type { Request } from 'express';
import { MetricsService } from './metrics.service';

/** `/metrics` for Prometheus, only with `Authorization: Bearer <METRICS_TOKEN>`; absent when unset. */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() req: Request): Promise<string> {
    const token = this.config.metrics.token;
    if (!token) throw new NotFoundException();
    if (!sameSecret(/^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '', token)) throw new UnauthorizedException();
    req.res?.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
