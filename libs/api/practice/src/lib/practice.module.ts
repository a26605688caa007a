import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoachingModule } from '@debrief/api/coaching';
import { IdentityModule } from '@debrief/api/identity';
import { SchedulingModule } from '@debrief/api/scheduling';
import { PracticeCollabServer } from './collab/practice-collab.server';
import { PracticeDocumentStore } from './collab/practice-document.store';
import { PracticeNotesResolver } from './notes/practice-notes.resolver';
import { PracticeNotesService } from './notes/practice-notes.service';
import { PracticeAccess } from './practice.access';
import { PRACTICE_ENTITIES } from './practice.entities';
import { PracticeReviewResolver } from './review/practice-review.resolver';
import { PracticeReviewService } from './review/practice-review.service';
import { PracticeRoomResolver } from './room/practice-room.resolver';
import { PracticeRoomService } from './room/practice-room.service';
import { CodeRunnerController } from './runner/code-runner.controller';

@Module({
  imports: [TypeOrmModule.forFeature(PRACTICE_ENTITIES), IdentityModule, SchedulingModule, CoachingModule],
  controllers: [CodeRunnerController],
  providers: [PracticeAccess, PracticeDocumentStore, PracticeCollabServer, PracticeRoomService, PracticeRoomResolver, PracticeNotesService, PracticeNotesResolver, PracticeReviewService, PracticeReviewResolver],
})
export class PracticeModule {}
