import { PracticeDocumentUpdateEntity } from './collab/practice-document-update.entity';
import { PracticeChecklistEntity } from './review/practice-checklist.entity';
import { PracticeQuestionEntity } from './room/practice-question.entity';
import { PracticeRoomEntity } from './room/practice-room.entity';

export const PRACTICE_ENTITIES = [PracticeRoomEntity, PracticeQuestionEntity, PracticeDocumentUpdateEntity, PracticeChecklistEntity];
