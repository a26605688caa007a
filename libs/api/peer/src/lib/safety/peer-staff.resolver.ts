import { Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { PeerReportModel, PeerStaffActionModel } from './peer-report.model';
import { PeerStaffService } from './peer-staff.service';

@Resolver(() => PeerReportModel)
export class PeerStaffResolver {
  constructor(private readonly staff: PeerStaffService) {}

  @Query(() => [PeerReportModel], { description: 'Reports about peer partners, newest first' })
  @RequirePermission(Permission.PeerManage)
  peerReports(): Promise<PeerReportModel[]> {
    return this.staff.reports();
  }

  @Query(() => [PeerStaffActionModel], { description: 'The audit of staff actions on peer practice' })
  @RequirePermission(Permission.PeerManage)
  peerStaffActions(): Promise<PeerStaffActionModel[]> {
    return this.staff.actions();
  }
}
