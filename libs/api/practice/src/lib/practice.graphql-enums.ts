import { graphqlEnum } from '@debrief/api/core';
import { PracticeLanguage, PracticePhase, PracticeRole } from './practice.enums';

export const PracticePhaseEnum = graphqlEnum(PracticePhase, 'PracticePhase', 'Where the room clock stands: interview → feedback → wrap-up');
export const PracticeLanguageEnum = graphqlEnum(PracticeLanguage, 'PracticeLanguage', 'The language of the shared code pad');
export const PracticeRoleEnum = graphqlEnum(PracticeRole, 'PracticeRole', 'How the viewer is in the room');
