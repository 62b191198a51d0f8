import type { Cue } from './types.js';

/**
 * Focus cues: +1 employer-focused (their customers, team, problems, goals, what the candidate
 * can do for them); -1 self-focused (pay, perks, time off, remote work, title, the candidate's
 * own growth and needs). The candidate's questions count like statements.
 *
 * Source: 'coach' = the coaching notes in DEVELOPERS.md and corpus/GUIDELINES.md.
 * Editing rules: every cue keeps an example that fires; add a counter-example for each
 * false positive you fix; tune weights on the dev split only.
 */
const ORG_NOUNS = "(?:customers?|clients?|users?|patients?|students?|members|guests|residents|families|readers|buyers|shoppers|partners|stakeholders|goals?|mission|challenges?|problems?|priorities|roadmap|strategy|pain points?|needs|business|objectives|vision|success|culture|bottom line|revenue|product|products|team's|department's|company's|community|operations|pipeline|backlog|outcomes|kpis|metrics|targets|growth plans|expansion|quarter|market)";

export const focusCues: readonly Cue[] = [
  // ── employer-focused ──────────────────────────────────────────────────────────
  {
    id: 'focus.their-world',
    polarity: 1, weight: 0.8,
    pattern: `(?:your|the company's|the team's|the department's|the hospital's|the school's|the firm's|the store's|this team's|the organization's|the organisation's) (?:(?:biggest|main|top|key|current|core|long-term|short-term|own|day-to-day|internal|end) )?${ORG_NOUNS}`,
    example: "What are your customers' biggest pain points right now?",
    counterExamples: ['What are your salary expectations for this?'],
    source: 'coach',
  },
  {
    id: 'focus.success',
    polarity: 1, weight: 1,
    pattern: "(?:what|how) (?:would|does|will|do you|would you|could) (?:success|a (?:great|successful|good|strong) (?:first year|hire|outcome|year|quarter|start)) (?:look like|be measured|mean)|how (?:do|will|would|should) (?:you|the team|we) (?:measure|define|judge) success|what (?:would|does|will) (?:a )?(?:great|successful|good|strong) (?:first year|hire|outcome|first 90 days|person in this role) (?:look like|do|achieve)|what (?:keeps|is keeping) you up at night|what (?:problems?|challenges?|obstacles) (?:are you|is the team|is your team|does the team|does your team|would i be|would the person|should i) (?:facing|trying|solving|tackling|help)",
    example: 'What would success look like for this role in a year?',
    source: 'coach',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'focus.contribute',
    polarity: 1, weight: 1,
    pattern: "(?:how|where|what) (?:can|could|would|might|will) i (?:best )?(?:help|contribute|add (?:the most )?value|make (?:a|the biggest|the most|an) (?:difference|impact)|support|be (?:most )?(?:useful|helpful|valuable)|take (?:something )?off your plate)|(?:i want|i'd love|i would love|i'd like|i would like|i hope|i'm eager|i am eager|i'm excited|i'm keen) to (?:help|contribute to|support|serve|solve|make (?:a|an) (?:difference|impact) (?:for|on)) (?:you|your|the team|the company|the business|the customers|the patients|the students|the clients|the organization|those|that|this)",
    example: 'How can I help the team hit its goals this quarter?',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.value-for-them',
    polarity: 1, weight: 0.8,
    pattern: "(?:value|impact|results|revenue|savings|help) (?:to|for) (?:you|your|the (?:team|company|business|organization|customers|clients|patients|students|department))|(?:biggest|main|greatest|top|hardest|key|most pressing) (?:challenges?|problems?|priorities|obstacles|pain points?|gaps?|needs) (?:facing|for|on|in|at) (?:you|your|the (?:team|company|business|department|unit|hospital|school|store))|(?:serve|support) (?:your|the) (?:customers|clients|patients|students|team|mission|business|community)",
    example: 'I want to bring real value to your team from day one.',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  // ── self-focused ──────────────────────────────────────────────────────────────
  {
    id: 'focus.pay-and-perks',
    polarity: -1, weight: 0.8,
    pattern: "(?:salary|salaries|paycheck|compensation|comp package|total comp|bonus|bonuses|equity|stock options?|rsus|401k|401\\(k\\)|pension|perks|pto|vacation|time off|days off|sick days|raise|signing bonus|sign-on bonus|relocation package|stipend|overtime pay|commission|pay (?:range|band|scale|rate|raise|increase|bump|grade)|benefits (?:package|plan)|health (?:insurance|benefits|plan)|per diem|allowance|base pay|the money|more money)",
    example: "What's the bonus, and how much vacation do I get?",
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.flexibility',
    polarity: -1, weight: 0.6,
    pattern: "(?:fully remote|work from home|work remotely|working from home|wfh|remote work|remote option|hybrid (?:schedule|option|arrangement)|flexible (?:hours|schedule|working)|four-day (?:week|work week)|4-day (?:week|work week)|part-time|shorter hours|my (?:schedule|commute|hours)|the commute)",
    example: 'I need to be fully remote, the commute is too long for me.',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.own-career',
    polarity: -1, weight: 0.8,
    pattern: "(?:(?:job |my |a (?:better |bigger |senior |higher )?)title|promotion|promoted|career (?:growth|path|progression|advancement|ladder|development)|my (?:own )?(?:growth|development|career|learning|goals|needs|family|work-life balance|personal brand|resume|cv|portfolio|next step|future)|work-life balance|(?:grow|learn|develop|advance) (?:myself|my skills|my career|professionally|personally)|what's in it for me|what is in it for me|for me personally|what do i get|what's the upside for me|what would i get|what (?:will|would) i (?:get|gain|learn)|how (?:fast|soon|quickly) (?:can|could|would|will) i (?:move up|grow|be promoted|get promoted|advance))",
    example: "How soon could I be promoted, and what's in it for me?",
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.i-want',
    polarity: -1, weight: 0.6,
    pattern: "(?:i|i'd|i would|i really) (?:need|want|require|deserve|'d want|'d need|would need|would want|'d like|would like|'d prefer|would prefer|prefer)(?! to (?:understand|know|learn about|hear|help|contribute|support|serve|make sure|solve|bring|add|deliver|meet|see|ask|talk|get (?:to know|a sense|a feel)|thank|mention|share|point|clarify|confirm|start by|begin|understand))(?! (?:an answer|a decision|to hear back))",
    example: 'I want a role where I can grow and I need more money.',
    counterExamples: ['I want to understand your customers first.'],
    source: 'CaSiNo dev (self-need)',
    blockedBy: ['reported', 'negation', 'past'],
  },
];
