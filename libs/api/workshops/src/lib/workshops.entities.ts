import { WorkshopRegistrationEntity } from './registrations/registration.entity';
import { WorkshopSeriesEntity } from './series/workshop-series.entity';
import { WorkshopEntity } from './workshops/workshop.entity';

export const WORKSHOP_ENTITIES = [WorkshopSeriesEntity, WorkshopEntity, WorkshopRegistrationEntity];
