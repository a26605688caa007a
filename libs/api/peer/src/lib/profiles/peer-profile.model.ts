import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeerFocus, PeerLevel } from '../peer.enums';
import { PeerFocusEnum, PeerLevelEnum } from '../peer.graphql-enums';

@ObjectType('PeerProfile', { description: "A student's peer practice profile, and whether they can practise now" })
export class PeerProfileModel {
  @Field(() => PeerFocusEnum)
  focus!: PeerFocus;

  @Field(() => PeerLevelEnum)
  level!: PeerLevel;

  @Field(() => [String])
  languages!: string[];

  @Field(() => [String])
  targetCompanies!: string[];

  @Field({ description: 'Staff suspended this student from peer practice' })
  suspended!: boolean;

  @Field(() => String, { nullable: true })
  suspendedReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'Paused by the no-show rule until then' })
  pausedUntil!: Date | null;

  @Field(() => String, { nullable: true })
  pauseReason!: string | null;

  @Field({ description: 'Peer practice is on for the center' })
  centerEnabled!: boolean;

  @Field(() => Int, { description: "A session's length; each half is half of it" })
  sessionMinutes!: number;
}

@ObjectType('PeerSettings', { description: "The center's peer practice settings" })
export class PeerSettingsModel {
  @Field()
  enabled!: boolean;

  @Field(() => Int)
  sessionMinutes!: number;

  @Field(() => Int, { description: 'Reported no-shows within the window that pause a student' })
  noShowLimit!: number;

  @Field(() => Int)
  noShowWindowDays!: number;

  @Field(() => Int, { description: 'How long the pause lasts' })
  pauseDays!: number;
}

@ObjectType('PeerStudent', { description: "A student's peer practice standing, for staff" })
export class PeerStudentModel {
  @Field(() => ID)
  studentId!: string;

  @Field()
  name!: string;

  @Field()
  suspended!: boolean;

  @Field(() => String, { nullable: true })
  suspendedReason!: string | null;

  @Field(() => Date, { nullable: true })
  pausedUntil!: Date | null;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  reportsAgainst!: number;
}
