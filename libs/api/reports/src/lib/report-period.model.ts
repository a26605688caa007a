import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportPeriod')
export class ReportPeriodModel {
  @Field({ description: 'First day (center time zone)' })
  firstDay!: string;

  @Field({ description: 'Last day, included' })
  lastDay!: string;

  @Field()
  from!: Date;

  @Field({ description: 'End instant, excluded' })
  to!: Date;
}
