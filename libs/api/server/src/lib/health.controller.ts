import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@debrief/api/core';
import { DataSource } from 'typeorm';

/**
 * `/health/live`: the process answers (a load balancer restarts it when not).
 * `/health/ready`: it can serve: the database answers and every committed migration is applied
 * (a replica started against an older schema is kept out of rotation). `/health` is readiness too.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.ready();
  }

  @Get('live')
  @Public()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 3000 }), () => this.migrations()]);
  }

  private async migrations() {
    const indicator = this.indicators.check('migrations');
    try {
      const pending = await this.db.showMigrations();
      return pending ? indicator.down({ message: 'migrations pending' }) : indicator.up();
    } catch {
      return indicator.down({ message: 'migrations could not be read' });
    }
  }
}
