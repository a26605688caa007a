import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SpecialtyEnum } from '@debrief/api/identity';
import { Specialty } from '@debrief/shared/domain';
import { PracticeLanguage, PracticePhase, PracticeRole } from '../practice.enums';
import { PracticeSelfReviewModel } from '../review/practice-review.model';
import { PracticeLanguageEnum, PracticePhaseEnum, PracticeRoleEnum } from '../practice.graphql-enums';

@ObjectType('PracticePhasePlan')
export class PracticePhasePlanModel {
  @Field(() => PracticePhaseEnum)
  phase!: PracticePhase;

  @Field(() => Int)
  minutes!: number;
}

@ObjectType('PracticeClock', { description: "The interview's phase timer, in server time" })
export class PracticeClockModel {
  @Field(() => PracticePhaseEnum)
  phase!: PracticePhase;

  @Field(() => Date, { nullable: true })
  phaseStartedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the current phase is planned to end' })
  phaseEndsAt!: Date | null;

  @Field(() => [PracticePhasePlanModel])
  plan!: PracticePhasePlanModel[];
}

@ObjectType('PracticeQuestion')
export class PracticeQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  topic!: string;

  @Field()
  company!: string;

  @Field()
  askedAt!: Date;
}

@ObjectType('PracticeDocuments', { description: 'Names of the Yjs documents to open on the room socket' })
export class PracticeDocumentsModel {
  @Field()
  code!: string;

  @Field()
  notes!: string;

  @Field({ description: 'Server-written: changes when the clock, the questions or the room settings change' })
  signal!: string;

  @Field(() => String, { nullable: true, description: "The coach's private live notes (the coach only)" })
  coachNotes!: string | null;
}

@ObjectType('PracticeRoomLive', { description: 'What the room holds while it is open' })
export class PracticeRoomLiveModel {
  @Field({ description: 'Path of the WebSocket (Hocuspocus) serving the documents' })
  websocketPath!: string;

  @Field(() => PracticeDocumentsModel)
  documents!: PracticeDocumentsModel;

  @Field(() => Boolean, { description: 'Observers see the pads but cannot type' })
  readOnly!: boolean;
}

@ObjectType('PracticeRoom', { description: "A session's practice room: open from 15 minutes before the start until 2 hours after the end" })
export class PracticeRoomModel {
  @Field(() => ID)
  sessionId!: string;

  @Field()
  sessionTypeName!: string;

  @Field(() => ID)
  sessionTypeId!: string;

  @Field(() => SpecialtyEnum, { description: "The session type's kind (the question bank's first filter in the room)" })
  category!: Specialty;

  @Field()
  coachName!: string;

  @Field()
  studentName!: string;

  @Field(() => PracticeRoleEnum)
  role!: PracticeRole;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  opensAt!: Date;

  @Field()
  closesAt!: Date;

  @Field()
  isOpen!: boolean;

  @Field({ description: "The server's clock when this was read (the portal times the phases from it)" })
  serverNow!: Date;

  @Field(() => PracticeRoomLiveModel, { nullable: true, description: 'Null unless the room is open' })
  live!: PracticeRoomLiveModel | null;

  @Field(() => PracticeLanguageEnum)
  language!: PracticeLanguage;

  @Field(() => PracticeClockModel)
  clock!: PracticeClockModel;

  @Field(() => [PracticeQuestionModel], { description: 'Questions the coach gave, in order (empty before the room opens)' })
  questions!: PracticeQuestionModel[];

  @Field(() => String, { nullable: true })
  recordingUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The code pad as last stored (after the session: its final code)' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'The shared notes pad as last stored' })
  notes!: string | null;

  @Field(() => PracticeSelfReviewModel, { nullable: true, description: "The student's self-review checklist (the student only)" })
  selfReview!: PracticeSelfReviewModel | null;
}
