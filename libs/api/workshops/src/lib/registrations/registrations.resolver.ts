import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { RosterService } from '../roster/roster.service';
import { MyWorkshopsInput } from '../workshops/workshop.inputs';
import { RosterEntryModel, WorkshopRegistrationModel } from '../workshops/workshop.model';
import { WorkshopsQuery } from '../workshops/workshops.query';
import { AttendanceMark, MyWorkshopsScope } from '../workshops.enums';
import { AttendanceMarkEnum } from '../workshops.graphql-enums';
import { RegistrationsService } from './registrations.service';

@Resolver(() => WorkshopRegistrationModel)
export class RegistrationsResolver {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly reads: WorkshopsQuery,
    private readonly roster: RosterService,
  ) {}

  @Query(() => [WorkshopRegistrationModel], { description: "The viewer's workshops, upcoming or past" })
  @RequirePermission(Permission.WorkshopsRead)
  myWorkshops(@CurrentUser() actor: AuthUser, @Args('input', { nullable: true }) input?: MyWorkshopsInput): Promise<WorkshopRegistrationModel[]> {
    return this.reads.mine(actor, input?.scope ?? MyWorkshopsScope.Upcoming);
  }

  @Mutation(() => WorkshopRegistrationModel, { description: 'A seat if one is free, otherwise a place on the waitlist' })
  @RequirePermission(Permission.WorkshopsRegister)
  async registerForWorkshop(@CurrentUser() actor: AuthUser, @Args('workshopId', { type: () => ID }, UuidPipe) workshopId: string): Promise<WorkshopRegistrationModel> {
    return this.one(actor, await this.registrations.register(actor, workshopId));
  }

  @Mutation(() => WorkshopRegistrationModel, { description: 'Cancels a registration or leaves the waitlist; a freed seat goes to the first in line' })
  @RequirePermission(Permission.WorkshopsRegister)
  async cancelWorkshopRegistration(@CurrentUser() actor: AuthUser, @Args('registrationId', { type: () => ID }, UuidPipe) registrationId: string): Promise<WorkshopRegistrationModel> {
    return this.one(actor, await this.registrations.cancel(actor, registrationId));
  }

  @Mutation(() => WorkshopRegistrationModel, { description: "Staff cancel a student's registration or waitlist place (any time); a freed seat goes to the first in line" })
  @RequirePermission(Permission.WorkshopsManage)
  async removeWorkshopRegistration(@CurrentUser() actor: AuthUser, @Args('registrationId', { type: () => ID }, UuidPipe) registrationId: string): Promise<WorkshopRegistrationModel> {
    return this.one(actor, await this.registrations.cancel(actor, registrationId));
  }

  @Query(() => [RosterEntryModel], { description: 'Registered, waitlisted in order, cancelled; search by name or email' })
  @RequirePermission(Permission.WorkshopsRun)
  workshopRoster(
    @CurrentUser() actor: AuthUser,
    @Args('workshopId', { type: () => ID }, UuidPipe) workshopId: string,
    @Args('search', { nullable: true }) search?: string,
  ): Promise<RosterEntryModel[]> {
    return this.roster.roster(actor, workshopId, search?.slice(0, 200));
  }

  @Query(() => String, { description: 'The roster and attendance as CSV text' })
  @RequirePermission(Permission.WorkshopsRun)
  workshopRosterCsv(@CurrentUser() actor: AuthUser, @Args('workshopId', { type: () => ID }, UuidPipe) workshopId: string): Promise<string> {
    return this.roster.csv(actor, workshopId);
  }

  @Mutation(() => RosterEntryModel, { description: 'Check-in: attended or no-show (REGISTERED undoes it)' })
  @RequirePermission(Permission.WorkshopsRun)
  async markWorkshopAttendance(
    @CurrentUser() actor: AuthUser,
    @Args('registrationId', { type: () => ID }, UuidPipe) registrationId: string,
    @Args('mark', { type: () => AttendanceMarkEnum }) mark: AttendanceMark,
  ): Promise<RosterEntryModel> {
    await this.registrations.markAttendance(actor, registrationId, mark);
    return this.roster.entry(actor, registrationId);
  }

  private async one(actor: AuthUser, id: string): Promise<WorkshopRegistrationModel> {
    return (await this.reads.registrationsById(actor, [id]))[0];
  }
}
