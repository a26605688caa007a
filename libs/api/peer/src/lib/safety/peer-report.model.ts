import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeerReportKind } from '../peer.enums';
import { PeerReportKindEnum } from '../peer.graphql-enums';

@ObjectType('PeerReport', { description: 'A report by one student about their peer partner, for staff' })
export class PeerReportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PeerReportKindEnum)
  kind!: PeerReportKind;

  @Field()
  reason!: string;

  @Field()
  createdAt!: Date;

  @Field()
  reporterName!: string;

  @Field(() => ID)
  reportedId!: string;

  @Field()
  reportedName!: string;

  @Field()
  sessionStartsAt!: Date;

  @Field(() => Int, { description: 'Reports against the reported student so far' })
  reportsAgainst!: number;
}

@ObjectType('PeerStaffAction', { description: 'An audited staff action on peer practice' })
export class PeerStaffActionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  actorName!: string;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  studentName!: string | null;

  @Field({ description: 'The action’s details as JSON' })
  detail!: string;

  @Field()
  createdAt!: Date;
}
