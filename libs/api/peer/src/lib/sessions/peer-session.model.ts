import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeerFocus, PeerHalfRole, PeerSessionStatus } from '../peer.enums';
import { PeerFocusEnum, PeerHalfRoleEnum, PeerSessionStatusEnum } from '../peer.graphql-enums';

@ObjectType('PeerHalf', { description: "One half of a peer session and the viewer's part in it" })
export class PeerHalfModel {
  @Field(() => Int)
  number!: number;

  @Field(() => PeerHalfRoleEnum)
  role!: PeerHalfRole;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@ObjectType('PeerQuestion', { description: 'The question the viewer asks as interviewer, with the guide' })
export class PeerQuestionModel {
  @Field()
  text!: string;

  @Field(() => [String])
  guide!: string[];

  @Field({ description: 'From the question bank (true) or the peer prompts (false)' })
  fromBank!: boolean;
}

@ObjectType('PeerCriterion')
export class PeerCriterionModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => [String], { description: 'What scores 1, 2, 3 and 4 mean' })
  descriptors!: string[];
}

@ObjectType('PeerScore')
export class PeerScoreModel {
  @Field()
  criterion!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType('PeerFeedback', { description: 'Peer feedback: a rubric of the interviewee and how helpful the interviewer was' })
export class PeerFeedbackModel {
  @Field(() => [PeerScoreModel])
  scores!: PeerScoreModel[];

  @Field()
  comments!: string;

  @Field(() => Int, { description: '1–5: how helpful the author found the other as interviewer' })
  helpfulness!: number;

  @Field()
  submittedAt!: Date;

  @Field({ description: 'Always true: marks it as peer (not coach) feedback' })
  peer!: boolean;
}

@ObjectType('PeerSessionFeedback', { description: 'Double-blind: what the viewer received shows only once both submitted' })
export class PeerSessionFeedbackModel {
  @Field(() => PeerFeedbackModel, { nullable: true })
  given!: PeerFeedbackModel | null;

  @Field()
  partnerSubmitted!: boolean;

  @Field(() => PeerFeedbackModel, { nullable: true })
  received!: PeerFeedbackModel | null;
}

@ObjectType('PeerSession', { description: 'A reciprocal mock interview between two students, as one of them sees it' })
export class PeerSessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PeerFocusEnum)
  focus!: PeerFocus;

  @Field(() => PeerSessionStatusEnum)
  status!: PeerSessionStatus;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  partnerName!: string;

  @Field(() => [PeerHalfModel], { description: 'Half 1 and half 2; the roles swap at half-time' })
  halves!: PeerHalfModel[];

  @Field(() => PeerQuestionModel, { nullable: true, description: 'The question the viewer asks in their half as interviewer' })
  myQuestion!: PeerQuestionModel | null;

  @Field(() => String, { nullable: true, description: "The question the viewer is asked: null until their half as interviewee starts" })
  questionForMe!: string | null;

  @Field(() => [PeerCriterionModel], { description: 'The rubric the viewer fills about the partner' })
  rubric!: PeerCriterionModel[];

  @Field(() => PeerSessionFeedbackModel)
  feedback!: PeerSessionFeedbackModel;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field()
  cancelledByMe!: boolean;

  @Field({ description: 'The viewer reported the partner as a no-show' })
  noShowReported!: boolean;
}
