import { graphqlEnum } from '@debrief/api/core';
import { AttendanceMark, MyWorkshopsScope, RecurrenceKind, RegistrationStatus, SeriesScope, WorkshopStatus } from './workshops.enums';

export const WorkshopStatusEnum = graphqlEnum(WorkshopStatus, 'WorkshopStatus');
export const RegistrationStatusEnum = graphqlEnum(RegistrationStatus, 'WorkshopRegistrationStatus');
export const RecurrenceKindEnum = graphqlEnum(RecurrenceKind, 'RecurrenceKind');
export const SeriesScopeEnum = graphqlEnum(SeriesScope, 'SeriesScope');
export const MyWorkshopsScopeEnum = graphqlEnum(MyWorkshopsScope, 'MyWorkshopsScope');
export const AttendanceMarkEnum = graphqlEnum(AttendanceMark, 'AttendanceMark');
