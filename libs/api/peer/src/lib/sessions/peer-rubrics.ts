import { PeerFocus, PeerLevel } from '../peer.enums';

/** One criterion of a peer rubric, scored 1–4; descriptors[i] describes score i + 1. */
export interface PeerCriterion {
  key: string;
  label: string;
  descriptors: [string, string, string, string];
}

const scale = (low: string, mid: string, good: string, top: string): PeerCriterion['descriptors'] => [low, mid, good, top];

/** The short rubric each interviewer fills about their interviewee, by focus (behavioral: STAR). */
export const PEER_RUBRICS: Readonly<Record<PeerFocus, readonly PeerCriterion[]>> = {
  [PeerFocus.Coding]: [
    { key: 'problemSolving', label: 'Problem solving', descriptors: scale('Stuck without hints', 'Reached an approach with help', 'Found a working approach', 'Compared approaches and chose well') },
    { key: 'code', label: 'Code', descriptors: scale('Did not run or unreadable', 'Works with gaps', 'Clean and correct', 'Clean, correct and idiomatic') },
    { key: 'communication', label: 'Communication', descriptors: scale('Silent or unclear', 'Explained when asked', 'Thought aloud throughout', 'Clear, structured, checked in') },
    { key: 'testing', label: 'Testing', descriptors: scale('No testing', 'Tried the given example', 'Walked through edge cases', 'Tested systematically and fixed bugs') },
  ],
  [PeerFocus.SystemDesign]: [
    { key: 'requirements', label: 'Requirements', descriptors: scale('Jumped in', 'Asked a few questions', 'Scoped functional and scale needs', 'Scoped crisply with estimates') },
    { key: 'design', label: 'Design', descriptors: scale('No coherent design', 'Partial design', 'Complete, workable design', 'Complete and well reasoned') },
    { key: 'tradeoffs', label: 'Trade-offs', descriptors: scale('None discussed', 'Named some', 'Weighed the main ones', 'Weighed them against the requirements') },
    { key: 'communication', label: 'Communication', descriptors: scale('Hard to follow', 'Followable with effort', 'Clear', 'Clear and led the discussion') },
  ],
  [PeerFocus.Behavioral]: [
    { key: 'situation', label: 'Situation', descriptors: scale('Missing', 'Vague', 'Clear', 'Clear and concise') },
    { key: 'task', label: 'Task', descriptors: scale('Missing', 'Vague', 'Clear', 'Clear, with their own stake') },
    { key: 'action', label: 'Action', descriptors: scale('Missing or "we"', 'Some own actions', 'Specific own actions', 'Specific, with reasoning') },
    { key: 'result', label: 'Result', descriptors: scale('Missing', 'Vague outcome', 'Concrete outcome', 'Measured outcome and lesson') },
  ],
  [PeerFocus.Product]: [
    { key: 'users', label: 'User insight', descriptors: scale('No users named', 'Generic users', 'Specific users and needs', 'Prioritised segments and pains') },
    { key: 'prioritization', label: 'Prioritisation', descriptors: scale('None', 'A list without reasons', 'Reasoned priorities', 'Clear framework, well applied') },
    { key: 'metrics', label: 'Metrics', descriptors: scale('None', 'Vanity metrics', 'Relevant success metric', 'Metrics with guardrails') },
    { key: 'communication', label: 'Communication', descriptors: scale('Hard to follow', 'Followable with effort', 'Clear', 'Clear and structured') },
  ],
};

/** What the interviewer gets beside the question: how to run the half and what a good answer covers. */
export const PEER_GUIDES: Readonly<Record<PeerFocus, readonly string[]>> = {
  [PeerFocus.Coding]: [
    'Read the question aloud, then let your partner ask clarifying questions.',
    'Hint only after a few quiet minutes: first a smaller example, then a data structure.',
    'A good answer states an approach and its complexity before coding, handles edge cases and tests the code.',
  ],
  [PeerFocus.SystemDesign]: [
    'Let your partner drive; answer scale questions with round numbers.',
    'Hint by asking what happens at 10× the load, or when a component fails.',
    'A good answer scopes requirements, sketches the main components and data flow, and weighs trade-offs.',
  ],
  [PeerFocus.Behavioral]: [
    'Ask the question, then one or two follow-ups ("what did you do?", "what happened next?").',
    'Note the Situation, Task, Action and Result you heard for the rubric.',
    'A good answer is specific, about their own actions, and ends with a result and a lesson.',
  ],
  [PeerFocus.Product]: [
    'Give the prompt and let your partner frame the problem.',
    'Hint by asking who the user is, or how they would know it worked.',
    'A good answer names users and their needs, prioritises with reasons, and picks a success metric.',
  ],
};

/** Prompts of the domain's own, used when the question bank has none left for a partner. */
export interface PeerPrompt {
  key: string;
  text: string;
  levels: readonly PeerLevel[];
}

const ALL = [PeerLevel.Internship, PeerLevel.NewGrad, PeerLevel.Experienced] as const;

export const PEER_PROMPTS: Readonly<Record<PeerFocus, readonly PeerPrompt[]>> = {
  [PeerFocus.Coding]: [
    { key: 'coding-two-sum', text: 'Given an array of integers and a target, return the indices of two numbers that add up to the target.', levels: ALL },
    { key: 'coding-valid-brackets', text: 'Decide whether a string of brackets ()[]{} is balanced.', levels: ALL },
    { key: 'coding-merge-intervals', text: 'Merge all overlapping intervals in a list of [start, end] pairs.', levels: [PeerLevel.NewGrad, PeerLevel.Experienced] },
    { key: 'coding-lru', text: 'Design and implement an LRU cache with O(1) get and put.', levels: [PeerLevel.NewGrad, PeerLevel.Experienced] },
  ],
  [PeerFocus.SystemDesign]: [
    { key: 'design-url-shortener', text: 'Design a URL shortener like bit.ly.', levels: ALL },
    { key: 'design-chat', text: 'Design a chat service for a million daily users.', levels: [PeerLevel.NewGrad, PeerLevel.Experienced] },
    { key: 'design-feed', text: 'Design the home feed of a social network.', levels: [PeerLevel.Experienced] },
  ],
  [PeerFocus.Behavioral]: [
    { key: 'behavioral-conflict', text: 'Tell me about a time you disagreed with a teammate. What did you do?', levels: ALL },
    { key: 'behavioral-failure', text: 'Tell me about a time something you owned did not go to plan.', levels: ALL },
    { key: 'behavioral-initiative', text: 'Tell me about a time you took the lead without being asked.', levels: ALL },
  ],
  [PeerFocus.Product]: [
    { key: 'product-campus', text: 'How would you improve the campus dining app?', levels: ALL },
    { key: 'product-metric', text: 'Weekly active users of a study-group app dropped 10%. How do you investigate?', levels: ALL },
    { key: 'product-launch', text: 'Should a music streaming service launch a podcast feature? How would you decide?', levels: [PeerLevel.NewGrad, PeerLevel.Experienced] },
  ],
};
