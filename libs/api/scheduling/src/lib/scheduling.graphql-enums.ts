import { graphqlEnum } from '@debrief/api/core';
import { BookingEventKind, BookingStatus, LocationKind, OverrideKind } from './scheduling.enums';

export const LocationKindEnum = graphqlEnum(LocationKind, 'LocationKind');
export const BookingStatusEnum = graphqlEnum(BookingStatus, 'BookingStatus');
export const BookingEventKindEnum = graphqlEnum(BookingEventKind, 'BookingEventKind');
export const OverrideKindEnum = graphqlEnum(OverrideKind, 'OverrideKind');
