/**
 * The cues that make a sentence read as one part of a STAR answer. Each is a pattern over the
 * sentence's lower-cased text with a weight; the sentence's score for a part is the sum of the
 * weights that match, plus what the NLP pass adds (entities, first-person past-tense verbs) and a
 * position prior. Written from the STAR guides in shared/domain-notes.md, not from any one answer.
 */
export type Part = 'S' | 'T' | 'A' | 'R';
export const PARTS: readonly Part[] = ['S', 'T', 'A', 'R'];

export interface Cue {
  readonly pattern: RegExp;
  readonly weight: number;
}

const cue = (pattern: RegExp, weight: number): Cue => ({ pattern, weight });

export const CUES: Record<Part, readonly Cue[]> = {
  S: [
    cue(/\b(last|this|that|one|in my (first|second|third|final)) (summer|year|semester|term|spring|fall|autumn|winter|month|week)\b/, 1.4),
    cue(/\bwhen i (was|worked|joined|started)\b/, 1.4),
    cue(/\bduring (my|the|our|a|an)\b/, 1.0),
    cue(/\b(at|in) (my|a|an|the|our) [a-z-]* ?(job|internship|company|startup|university|club|team|firm|restaurant|store|lab|class|course|project|hackathon|society|office|shop|hospital|school)\b/, 0.9),
    cue(/\bi (was|worked) (an?|as|at|on|in|for|part of)\b/, 1.2),
    cue(/\b(our|the) (team|group|club|company|department|project|class|store|lab) (was|were|had)\b/, 1.0),
    cue(/\bthere (was|were)\b/, 0.8),
    cue(/\b(was|were) (losing|failing|falling|running|struggling|growing|behind|short|using|getting|having|working)\b/, 0.8),
    cue(/\b(at the time|back then|a few (months|years|weeks) ago)\b/, 1.0),
  ],
  T: [
    cue(/\b(i|we) (needed|had|was asked|were asked|was supposed|were supposed|was expected|were expected) to\b/, 1.6),
    cue(/\bmy (goal|task|job|role|responsibility|challenge|assignment|aim|objective|mission) (was|became|is)\b/, 1.8),
    cue(/\b(the|our) (goal|task|challenge|objective|aim|ask|brief) (was|became)\b/, 1.5),
    cue(/\b(was|were|became) (responsible|in charge) (for|of)\b/, 1.6),
    cue(/\b(asked|tasked|assigned|told|wanted|needed|expected) (me|us) (to|with)\b/, 1.6),
    cue(/\b(i|we) wanted to\b/, 0.8),
    cue(/\b(make sure|ensure|so that)\b/, 0.5),
    cue(/\b(deadline|by the end of|within (a|one|two|three|four|\d+) (day|week|month)s?)\b/, 0.7),
    cue(/\bit was (up to me|my job|on me)\b/, 1.6),
  ],
  A: [
    cue(/^(so|then|first|next|after that|afterwards|to do that|to fix (this|that|it)|finally,? i)\b/, 0.7),
    cue(/\bi (decided|started|began|chose|set up|reached out|went|took|made|built|wrote|created|designed|organi[sz]ed|analy[sz]ed|led|ran|proposed|suggested|implemented|tested|scheduled|called|emailed|met|talked|spoke|asked|interviewed|trained|coordinated|rewrote|refactored|automated|negotiated|presented|prepared|drafted|collected|mapped|broke|split|prioriti[sz]ed|volunteered|convinced|persuaded|gathered|compared|measured|tracked|added|removed|fixed|debugged|migrated|documented|shadowed|practi[sc]ed|mentored|delegated|recruited|researched|reviewed|contacted)\b/, 1.4),
    cue(/\bwe (decided|started|began|chose|set up|reached out|built|wrote|created|designed|organi[sz]ed|analy[sz]ed|ran|proposed|implemented|tested|scheduled|met|talked|interviewed|trained|rewrote|refactored|automated|presented|prepared|collected|split|prioriti[sz]ed|gathered|compared|measured|tracked|added|fixed|migrated|researched|reviewed|contacted)\b/, 1.0),
    cue(/\b(i|we) (also|then|first|personally|quickly|carefully)\b/, 0.6),
    // What one would do is still told as the answer's actions (the feedback flags it as hypothetical).
    cue(/\bi would (first |then |also )?(try|start|talk|ask|make|do|look|listen|find|go|check|work|speak|meet|explain|set)\b/, 1.2),
    cue(/\b(by|through) (building|writing|creating|talking|meeting|setting|running|adding|breaking|analy[sz]ing|interviewing|organi[sz]ing|pairing)\b/, 0.6),
  ],
  R: [
    cue(/\b(as a result|in the end|at the end|because of this|because of that|thanks to (this|that)|consequently|overall)\b/, 1.8),
    cue(/\b(result(ed|s)?|outcome)\b/, 1.2),
    cue(/\b(eventually|ultimately)\b/, 0.8),
    cue(/\b(led to|which meant|meaning that|this meant|that meant)\b/, 1.2),
    cue(/\b(increased|reduced|improved|saved|grew|rose|dropped|fell|cut|doubled|tripled|halved|won|launched|shipped|delivered|exceeded|beat|raised|boosted|lowered|shortened)\b/, 0.9),
    cue(/\b(learned|learnt|taught me|lesson|realized|realised|since then|now i|from then on)\b/, 1.3),
    cue(/\b(praised|thanked|promoted|offered me|hired|adopted|kept using|still use)\b/, 0.9),
    cue(/\b(percent|per cent|%|\$|£|€)/, 0.8),
    cue(/\b(on time|ahead of schedule|under budget|first place|a-grade|top grade)\b/, 0.8),
  ],
};

/** Sentences that are no part of the story: openers, asides, closing remarks. */
export const NONE_CUES: readonly Cue[] = [
  cue(/^(that'?s|that is|what) an? (good|great|tough|interesting|hard) question\b/, 1.8),
  cue(/^(sure|okay|ok|right|well)[,.!]? (let me|so|i can)\b/, 1.6),
  cue(/^let me think\b/, 1.6),
  cue(/^so,? (yes|yeah)\b|^(so,? )?(that'?s|that is|that was) (my|the) (example|story|answer)\b/, 1.8),
  cue(/\b(does that answer|i hope (that|this) answers)\b/, 1.8),
];

/** Answers about what one would do, instead of what one did: level 1 in the center's STAR rubric. */
export const HYPOTHETICAL = /\b(i would|i'd|i will|i'll|i might|i could|i should|i usually|i always|i tend to|i try to)\b/;

/** Spoken fillers. "like" only counts where it is set off by commas or pauses. */
export const FILLERS: readonly { readonly word: string; readonly pattern: RegExp }[] = [
  { word: 'um', pattern: /\b(um+|umm+)\b/g },
  { word: 'uh', pattern: /\b(uh+|erm+|er)\b/g },
  { word: 'like', pattern: /(^|[,.;]\s*|\.\.\.\s*)like,/g },
  { word: 'you know', pattern: /\byou know\b(?! (how|what|why|when|where|that|the|a|it))/g },
  { word: 'basically', pattern: /\bbasically\b/g },
  { word: 'actually', pattern: /\bactually\b/g },
  { word: 'literally', pattern: /\bliterally\b/g },
  { word: 'sort of', pattern: /\bsort of\b/g },
  { word: 'kind of', pattern: /\bkind of\b/g },
  { word: 'I mean', pattern: /(^|[,.;]\s*)i mean\b/g },
];
