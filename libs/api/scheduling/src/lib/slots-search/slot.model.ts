import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Slot', { description: 'A bookable start; show it in the viewer’s own time zone' })
export class SlotModel {
  @Field()
  start!: Date;

  @Field()
  end!: Date;

  @Field(() => [ID], { description: 'Coaches free at that time (one when a coach was chosen)' })
  coachIds!: string[];
}
