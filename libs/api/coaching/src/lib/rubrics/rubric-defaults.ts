import { Specialty, StarPart } from '@debrief/shared/domain';

export interface CriterionDefinition {
  key: string;
  name: string;
  looksFor: string;
  /** Levels 1, 2, 3, 4. */
  descriptors: [string, string, string, string];
  starPart?: StarPart;
}

export interface RubricDefinition {
  key: string;
  category: Specialty;
  name: string;
  description: string;
  starEntries: boolean;
  criteria: CriterionDefinition[];
}

/** Levels shared by every STAR part (the center's behavioral rubric). */
const STAR_LEVELS: [string, string, string, string] = [
  'Missing, or a hypothetical ("I would…") instead of a real example.',
  'Vague, or "we" only: the student’s own part is unclear.',
  'Specific, with personal ownership and a stated result.',
  'Specific and quantified, with the trade-offs made or what was learned.',
];

/**
 * The rubrics every installation starts with (installed at boot when missing, never overwritten:
 * staff edits make new versions). Sources: Tech Interview Handbook's coding rubric, university
 * STAR rubrics, the OPM structured-interview guide (written level descriptors, equal weights).
 */
export const DEFAULT_RUBRICS: readonly RubricDefinition[] = [
  {
    key: 'coding',
    category: Specialty.Coding,
    name: 'Technical (coding) mock interview',
    description: 'A 35–40 minute coding problem, then feedback.',
    starEntries: false,
    criteria: [
      {
        key: 'communication',
        name: 'Communication',
        looksFor: 'Thinks aloud, explains the approach before coding, listens to hints.',
        descriptors: [
          'Silent or unclear; the interviewer cannot follow the reasoning.',
          'Explains some steps, mostly after the fact; misses or resists hints.',
          'Explains the approach before coding and keeps the interviewer informed.',
          'Clear, structured narration throughout; invites and uses feedback.',
        ],
      },
      {
        key: 'problem-solving',
        name: 'Problem solving',
        looksFor: 'Clarifies the problem, considers approaches, analyses complexity.',
        descriptors: [
          'Starts without understanding the problem; no workable approach.',
          'Reaches a brute-force approach with help; little analysis.',
          'Clarifies, compares approaches and picks a sound one with its complexity.',
          'Finds an optimal approach independently and justifies it against the alternatives.',
        ],
      },
      {
        key: 'technical-competency',
        name: 'Technical competency and code quality',
        looksFor: 'Correct, readable code; fluent in the language; good structure and naming.',
        descriptors: [
          'Cannot turn the idea into working code.',
          'Code with significant bugs or hard to read.',
          'Mostly correct, readable code with minor issues.',
          'Correct, idiomatic, well-structured code written fluently.',
        ],
      },
      {
        key: 'testing',
        name: 'Testing and debugging',
        looksFor: 'Walks through examples and edge cases, finds and fixes bugs.',
        descriptors: [
          'No testing; bugs are left for the interviewer to find.',
          'Tests the happy path only when asked.',
          'Tests with examples and main edge cases; fixes bugs found.',
          'Systematically tests edge cases unprompted and debugs efficiently.',
        ],
      },
      {
        key: 'time-management',
        name: 'Time management',
        looksFor: 'Paces clarification, design, coding and testing within the time.',
        descriptors: [
          'Runs out of time with no working solution.',
          'Spends too long on one phase; finishes late or incomplete.',
          'Finishes a working solution in time with brief testing.',
          'Finishes with time to test, optimise and discuss follow-ups.',
        ],
      },
    ],
  },
  {
    key: 'system-design',
    category: Specialty.SystemDesign,
    name: 'System design mock interview',
    description: 'An open design question, then feedback.',
    starEntries: false,
    criteria: [
      {
        key: 'requirements',
        name: 'Requirements and clarification',
        looksFor: 'Functional and non-functional requirements, scale estimates, scope.',
        descriptors: [
          'Starts designing without asking what the system must do.',
          'Asks a few questions; misses scale or key constraints.',
          'Establishes functional and non-functional requirements and rough scale.',
          'Frames the problem crisply with estimates that drive later decisions.',
        ],
      },
      {
        key: 'architecture',
        name: 'High-level architecture',
        looksFor: 'Sensible components and data flow that meet the requirements.',
        descriptors: [
          'No coherent design.',
          'Components listed without clear responsibilities or flow.',
          'A coherent design that meets the main requirements.',
          'A clean design, explained top-down, covering failure paths.',
        ],
      },
      {
        key: 'data-model',
        name: 'Data model and APIs',
        looksFor: 'Entities, storage choice, API shapes.',
        descriptors: [
          'Data and interfaces not addressed.',
          'Storage or API chosen without justification.',
          'Reasonable schema, storage choice and API endpoints.',
          'Well-justified model and APIs with access patterns in mind.',
        ],
      },
      {
        key: 'scalability',
        name: 'Scalability and trade-offs',
        looksFor: 'Bottlenecks, caching, partitioning, consistency trade-offs.',
        descriptors: [
          'No awareness of scale or bottlenecks.',
          'Names techniques (caching, sharding) without fitting them to the problem.',
          'Identifies bottlenecks and addresses them with stated trade-offs.',
          'Weighs alternatives quantitatively and adapts the design as requirements change.',
        ],
      },
      {
        key: 'communication',
        name: 'Communication',
        looksFor: 'Drives the discussion, checks in, uses the whiteboard clearly.',
        descriptors: [
          'Hard to follow; needs constant prompting.',
          'Follows the interviewer’s lead; explanations sometimes unclear.',
          'Drives the discussion clearly and checks in at the right moments.',
          'Leads like a senior engineer: structured, concise, collaborative.',
        ],
      },
    ],
  },
  {
    key: 'behavioral',
    category: Specialty.Behavioral,
    name: 'Behavioral mock interview (STAR)',
    description: 'Each answer is scored on Situation, Task, Action and Result, with the competency it shows.',
    starEntries: true,
    criteria: [
      { key: 'situation', name: 'Situation', looksFor: 'The context of a real, specific example.', descriptors: STAR_LEVELS, starPart: StarPart.Situation },
      { key: 'task', name: 'Task', looksFor: 'The student’s own responsibility or goal.', descriptors: STAR_LEVELS, starPart: StarPart.Task },
      { key: 'action', name: 'Action', looksFor: 'What the student did, in the most detail.', descriptors: STAR_LEVELS, starPart: StarPart.Action },
      { key: 'result', name: 'Result', looksFor: 'The outcome, measured, and what was learned.', descriptors: STAR_LEVELS, starPart: StarPart.Result },
      {
        key: 'delivery',
        name: 'Delivery',
        looksFor: 'Length (about two minutes), clarity, structure.',
        descriptors: [
          'Rambling or far too short; hard to follow.',
          'Understandable but unstructured or too long.',
          'Clear, structured and about the right length.',
          'Concise, engaging and well-paced throughout.',
        ],
      },
    ],
  },
  {
    key: 'product',
    category: Specialty.Product,
    name: 'Product mock interview',
    description: 'A product sense or execution case, then feedback.',
    starEntries: false,
    criteria: [
      {
        key: 'user-focus',
        name: 'User and problem focus',
        looksFor: 'Identifies users, their needs and the problem worth solving.',
        descriptors: ['Jumps to features without users.', 'Names users but not their needs.', 'Segments users and prioritises a real need.', 'Sharp, insightful framing of users and pain points.'],
      },
      {
        key: 'solutions',
        name: 'Solutions and prioritisation',
        looksFor: 'Generates options and prioritises with clear criteria.',
        descriptors: ['One idea, no prioritisation.', 'Several ideas, weak criteria.', 'Good options prioritised with clear criteria.', 'Creative options, crisp trade-offs and a convincing choice.'],
      },
      {
        key: 'metrics',
        name: 'Metrics',
        looksFor: 'Defines success and guardrail metrics.',
        descriptors: ['No metrics.', 'Vanity or vague metrics.', 'Sound success metrics tied to the goal.', 'Success and guardrail metrics with how to measure them.'],
      },
      {
        key: 'communication',
        name: 'Communication',
        looksFor: 'Structured, concise, collaborative.',
        descriptors: ['Hard to follow.', 'Some structure, often unclear.', 'Clear and structured.', 'Concise, structured and engaging throughout.'],
      },
    ],
  },
  {
    key: 'resume-review',
    category: Specialty.ResumeReview,
    name: 'Résumé review',
    description: 'A review of the student’s résumé for a target role.',
    starEntries: false,
    criteria: [
      {
        key: 'impact',
        name: 'Impact',
        looksFor: 'Bullets show results, quantified where possible.',
        descriptors: ['Duties only.', 'Some results, rarely measured.', 'Most bullets show measured results.', 'Consistently specific, quantified impact.'],
      },
      {
        key: 'relevance',
        name: 'Relevance to the target role',
        looksFor: 'Experience and skills chosen for the role.',
        descriptors: ['Generic.', 'Partly tailored.', 'Tailored to the role.', 'Tailored, with the strongest evidence first.'],
      },
      {
        key: 'clarity',
        name: 'Clarity and format',
        looksFor: 'Readable layout, concise wording, no errors.',
        descriptors: ['Hard to read or has errors.', 'Readable but cluttered.', 'Clean and concise.', 'Polished and scannable in seconds.'],
      },
    ],
  },
  {
    key: 'career-advising',
    category: Specialty.CareerAdvising,
    name: 'Career advising',
    description: 'An advising conversation about goals and next steps.',
    starEntries: false,
    criteria: [
      {
        key: 'goals',
        name: 'Clarity of goals',
        looksFor: 'The student can state target roles and why.',
        descriptors: ['No direction yet.', 'Broad interests.', 'Clear target roles.', 'Clear targets with reasons and alternatives.'],
      },
      {
        key: 'plan',
        name: 'Preparation plan',
        looksFor: 'Concrete next steps with dates.',
        descriptors: ['No plan.', 'Ideas without dates.', 'Concrete steps with dates.', 'A realistic, tracked plan.'],
      },
      {
        key: 'readiness',
        name: 'Readiness',
        looksFor: 'Materials and skills for applying now.',
        descriptors: ['Not ready to apply.', 'Gaps in materials or skills.', 'Ready for most applications.', 'Ready and competitive.'],
      },
    ],
  },
];
