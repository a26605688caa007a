import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule, Params } from 'nestjs-pino';
import { CoachingModule } from '@debrief/api/coaching';
import { AccessGuard, AppConfig, createValidationPipe, DomainErrorFilter, RequestLogContext, UnexpectedErrorFilter } from '@debrief/api/core';
import { dataSourceOptions, EmbeddedPostgres } from '@debrief/api/database';
import { IdentityModule } from '@debrief/api/identity';
import { NotificationsModule } from '@debrief/api/notifications';
import { PeerModule } from '@debrief/api/peer';
import { PracticeModule } from '@debrief/api/practice';
import { ReportsModule } from '@debrief/api/reports';
import { SchedulingModule } from '@debrief/api/scheduling';
import { WorkshopsModule } from '@debrief/api/workshops';
import { ConfigModule } from './config.module';
import { ALL_ENTITIES } from './entities';
import { graphqlOptions } from './graphql.options';
import { EmbeddedPostgresCloser } from './embedded-postgres.closer';
import { HealthController } from './health.controller';
import { loggingParams } from './observability/logging';
import { GraphqlObserverPlugin } from './observability/graphql-observer.plugin';
import { MetricsController } from './observability/metrics.controller';
import { MetricsService } from './observability/metrics.service';
import { PinoRequestLogContext } from './observability/pino-request-log-context';
import { setPortalCacheHeaders } from './portal-static';

/** The whole API for one validated config and one reachable database URL. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, embedded?: EmbeddedPostgres, logging: Params = loggingParams(config)): DynamicModule {
    const portal = resolve(config.portalDist);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(logging),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: databaseUrl, poolSize: config.database.poolSize, entities: ALL_ENTITIES }),
          retryAttempts: 0,
        }),
        GraphQLModule.forRoot(graphqlOptions(config)),
        TerminusModule,
        DiscoveryModule,
        ...(existsSync(portal)
          ? [
              ServeStaticModule.forRoot({
                rootPath: portal,
                exclude: ['/graphql{/*path}', '/health{/*path}', '/calendar{/*path}', '/auth{/*path}', '/metrics', '/practice/runner.js'],
                serveStaticOptions: { setHeaders: setPortalCacheHeaders },
              }),
            ]
          : []),
        IdentityModule,
        NotificationsModule,
        SchedulingModule,
        WorkshopsModule,
        CoachingModule,
        PracticeModule,
        PeerModule,
        ReportsModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        MetricsService,
        GraphqlObserverPlugin,
        { provide: RequestLogContext, useClass: PinoRequestLogContext },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // Checked after DomainErrorFilter (Nest tries global filters last-first); it hands domain errors on too.
        { provide: APP_FILTER, useClass: UnexpectedErrorFilter },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        ...(embedded ? [{ provide: EmbeddedPostgresCloser, useValue: new EmbeddedPostgresCloser(embedded) }] : []),
      ],
    };
  }
}
