/** Where a room's clock stands: interview → feedback → wrap-up, started and advanced by the coach. */
export enum PracticePhase {
  NotStarted = 'NOT_STARTED',
  Interview = 'INTERVIEW',
  Feedback = 'FEEDBACK',
  WrapUp = 'WRAP_UP',
  Done = 'DONE',
}

export const PHASE_ORDER: readonly PracticePhase[] = [PracticePhase.NotStarted, PracticePhase.Interview, PracticePhase.Feedback, PracticePhase.WrapUp, PracticePhase.Done];

/** The languages of the code pad (highlighting in the portal; JS/TS also run there). */
export enum PracticeLanguage {
  JavaScript = 'JAVASCRIPT',
  TypeScript = 'TYPESCRIPT',
  Python = 'PYTHON',
  Java = 'JAVA',
  Cpp = 'CPP',
  Go = 'GO',
  Sql = 'SQL',
  PlainText = 'PLAIN_TEXT',
}

/** How a person is in a room. */
export enum PracticeRole {
  Coach = 'COACH',
  Student = 'STUDENT',
  /** Career center staff looking in: read-only pads, no private notes. */
  Observer = 'OBSERVER',
}

/** The room's documents: two shared pads, the coach's private notes, and a server-written signal. */
export enum PracticePad {
  Code = 'code',
  Notes = 'notes',
  CoachNotes = 'coach-notes',
  Signal = 'signal',
}
