import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsUUID, ValidateNested } from 'class-validator';
import { MAX_WINDOWS_PER_REQUEST } from '../peer.enums';

@InputType()
export class PeerWindowInput {
  @Field({ description: 'An instant (the portal sends it from the student’s zone)' })
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;
}

@InputType()
export class OfferPeerWindowsInput {
  @Field(() => [PeerWindowInput], { description: `1–${MAX_WINDOWS_PER_REQUEST} windows within the next 14 days, each at least a session long` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_WINDOWS_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => PeerWindowInput)
  windows!: PeerWindowInput[];
}

@InputType()
export class PeerOfferIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  offerId!: string;
}
