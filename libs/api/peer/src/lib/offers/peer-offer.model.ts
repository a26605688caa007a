import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PeerFocus, PeerLevel, PeerOfferStatus } from '../peer.enums';
import { PeerFocusEnum, PeerLevelEnum, PeerOfferStatusEnum } from '../peer.graphql-enums';
import { PeerSessionModel } from '../sessions/peer-session.model';

@ObjectType('PeerOffer', { description: 'A window the student offered; matched, it names its session' })
export class PeerOfferModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PeerFocusEnum)
  focus!: PeerFocus;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => PeerOfferStatusEnum)
  status!: PeerOfferStatus;

  @Field(() => PeerSessionModel, { nullable: true })
  session!: PeerSessionModel | null;
}

@ObjectType('OpenPeerOffer', { description: "Another student's waiting window that fits the viewer (anonymous)" })
export class OpenPeerOfferModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PeerFocusEnum)
  focus!: PeerFocus;

  @Field(() => PeerLevelEnum)
  level!: PeerLevel;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => [String])
  sharedLanguages!: string[];
}
