import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@debrief/api/identity';
import { NotificationsModule } from '@debrief/api/notifications';
import { SchedulingModule } from '@debrief/api/scheduling';
import { WorkshopNotifier } from './notify/workshop-notifier';
import { RegistrationsResolver } from './registrations/registrations.resolver';
import { RegistrationsService } from './registrations/registrations.service';
import { RosterService } from './roster/roster.service';
import { WorkshopsQuery } from './workshops/workshops.query';
import { WorkshopsResolver } from './workshops/workshops.resolver';
import { WorkshopsService } from './workshops/workshops.service';
import { WorkshopsAccess } from './workshops.access';
import { WORKSHOP_ENTITIES } from './workshops.entities';

@Module({
  imports: [TypeOrmModule.forFeature(WORKSHOP_ENTITIES), NotificationsModule, IdentityModule, SchedulingModule],
  providers: [WorkshopsAccess, WorkshopNotifier, WorkshopsService, WorkshopsQuery, WorkshopsResolver, RegistrationsService, RegistrationsResolver, RosterService],
  exports: [RegistrationsService, WorkshopsService],
})
export class WorkshopsModule {}
