/** What a student wants to practise with peers (a subset of the coaching specialties). */
export enum PeerFocus {
  Coding = 'CODING',
  SystemDesign = 'SYSTEM_DESIGN',
  Behavioral = 'BEHAVIORAL',
  Product = 'PRODUCT',
}

/** Where a student is; matching pairs levels at most one step apart. */
export enum PeerLevel {
  Internship = 'INTERNSHIP',
  NewGrad = 'NEW_GRAD',
  Experienced = 'EXPERIENCED',
}

/** The order of the levels, as stored (smallint) and compared in SQL. */
export const LEVELS: readonly PeerLevel[] = [PeerLevel.Internship, PeerLevel.NewGrad, PeerLevel.Experienced];
export const levelRank = (level: PeerLevel): number => LEVELS.indexOf(level);
export const levelOf = (rank: number): PeerLevel => LEVELS[rank] ?? PeerLevel.NewGrad;

export enum PeerOfferStatus {
  Open = 'OPEN',
  Matched = 'MATCHED',
  Withdrawn = 'WITHDRAWN',
}

export enum PeerSessionStatus {
  Booked = 'BOOKED',
  Cancelled = 'CANCELLED',
}

/** The viewer's part in one half of a session. */
export enum PeerHalfRole {
  Interviewer = 'INTERVIEWER',
  Interviewee = 'INTERVIEWEE',
}

export enum PeerReportKind {
  NoShow = 'NO_SHOW',
  Conduct = 'CONDUCT',
}

/** Windows are offered this far ahead at most. */
export const OFFER_HORIZON_DAYS = 14;
/** Windows per request. */
export const MAX_WINDOWS_PER_REQUEST = 5;
