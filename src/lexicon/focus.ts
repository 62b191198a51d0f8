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

/** What a candidate means by "your …": the employer's people, customers, work and goals. */
const ORG_NOUNS =
  "(?:customers?|clients?|users?|patients?|students?|members|guests|residents|families|readers|buyers|shoppers|partners|stakeholders|accounts|goals?|mission|challenges?|problems?|priorities|roadmap|strategy|pain points?|needs|business|objectives|vision|success|culture|bottom line|revenue|products?|community|operations|pipeline|backlog|outcomes|kpis|metrics|targets|growth|expansion|quarter|market|teams?|team's|engineers|analysts|designers|developers|nurses|staff|reps|agents|sellers|employees|people|org|organization|department|group|unit|releases?|release cycle|process|processes|systems?|platform|codebase|infrastructure|stack|data|reporting|dashboards?|tests|test suite|onboarding|churn|conversion|retention|uptime|reliability|sales|launch|migration|deadlines?|budget|costs?|margins|deals|funnel|brand|service|services|support|clinic|hospital|school|store|restaurant|kitchen|floor|warehouse|fleet|firm|practice|caseload|classrooms?|program|programs|callers|tenants|techs|technicians|case ?workers|case workers'|reviews|ar|pricing|price|prices|renewal rate|rates?|wait times?|hold times|workflows?|queue|intake|month-end close|close|books|audit|inventory|supply chain|shifts|line|menu|codebase|deploy(?:ment)?s?|on-call|incidents?|tickets|support|residents|parents|donors|volunteers|patrons|diners|crew|techs|field teams?)";

export const focusCues: readonly Cue[] = [
  // ── employer-focused ──────────────────────────────────────────────────────────
  {
    id: 'focus.their-world',
    polarity: 1, weight: 0.8,
    pattern: `(?:your|the company's|the team's|the department's|the hospital's|the school's|the firm's|the store's|this team's|the organization's|the organisation's|you guys'|y'all's) (?:[a-z0-9'-]+ ){0,2}${ORG_NOUNS}`,
    example: "What are your customers' biggest pain points right now?",
    counterExamples: ['What are your salary expectations for this?', 'Thanks for your time today.'],
    source: 'coach',
  },
  {
    id: 'focus.success',
    polarity: 1, weight: 1,
    pattern: "(?:what|how) (?:would|does|will|do you|would you|could) (?:success|a (?:great|successful|good|strong) (?:first year|hire|outcome|year|quarter|start)) (?:look like|be measured|mean)|success (?:would|will|does|should|could) look like|what success looks like|how (?:do|will|would|should) (?:you|the team|we) (?:measure|define|judge) success|what (?:would|does|will) (?:a )?(?:great|successful|good|strong) (?:first year|hire|outcome|first 90 days|person in this role) (?:look like|do|achieve)|what (?:keeps|is keeping) you up at night|what (?:problems?|challenges?|obstacles) (?:are you|is the team|is your team|does the team|does your team|would i be|would the person|should i) (?:facing|trying|solving|tackling|help)|(?:what|how) (?:would|do|will) you need from me|(?:customer|client|patient|user) (?:problems|needs|pain points?|issues|complaints)",
    example: 'What would success look like for this role in a year?',
    source: 'coach',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'focus.contribute',
    polarity: 1, weight: 1,
    pattern: "(?:how|where|what) (?:can|could|would|might|will) (?:i|someone in this role|the person in this role|this role|this hire) (?:best )?(?:help|contribute|add (?:the most )?value|make (?:a|the biggest|the most|an) (?:difference|impact)|support|be (?:most )?(?:useful|helpful|valuable)|take (?:something )?off your plate|do to help)|(?:help|helping|serve|serving|support|supporting) (?:you|your|the team|the company|the business|the customers|the patients|the students|the clients|the organization)(?! (?:with my|get me))|what i can (?:bring|offer|do for you)|(?:be useful|be helpful|add value) to (?:you|your|the team)",
    example: 'How can I help the team hit its goals this quarter?',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.value-for-them',
    polarity: 1, weight: 0.8,
    pattern: "(?:value|impact|results|revenue|savings|help) (?:to|for) (?:you|your|the (?:team|company|business|organization|customers|clients|patients|students|department))|(?:biggest|main|greatest|top|hardest|key|most pressing) (?:challenges?|problems?|priorities|obstacles|pain points?|gaps?|needs|frustrations?|bottlenecks?|risks?) (?:facing|for|on|in|at|with) (?:you|your|the (?:team|company|business|department|unit|hospital|school|store))|(?:the team's|the company's|your) (?:biggest|main|greatest|top|hardest|key) (?:challenges?|problems?|priorities|frustrations?|bottlenecks?)",
    example: 'I want to bring real value to your team from day one.',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.their-problems',
    polarity: 1, weight: 1,
    pattern: "(?:biggest|main|most common|top|hardest) (?:headache|frustration|complaint|pain|issue|bottleneck|thing (?:the team|you|they|your team) (?:is|are|'re) (?:struggling|dealing|fighting))|(?:what|where|why|how) (?:are|is|do|does|did|'re|'s) (?:you|they|customers|clients|families|patients|parents|students|users|the team|your team|the partners|staff|the staff|the nurses|the unit|tenants|buyers|callers|people) (?:[a-z']+ ){0,3}(?:losing|struggling|struggle|complain|complaining|saying|stuck|waiting|frustrated|churning|leaving|need|needing|asking for|hoping for)|(?:what|where) (?:do|does) (?:customers|clients|families|patients|parents|students|users|tenants|buyers|callers|people|the team|staff) (?:complain|struggle|get stuck|need|want)",
    example: 'What do families complain about most on this floor?',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.asks-about-them',
    polarity: 1, weight: 0.5,
    pattern: "(?:your(?! (?:question|questions|time|point|offer|salary|range|budget))|the team's|the company's|you guys|y'all|the team|the company|the organization|the department|the unit|the business|the clinic|the hospital|the school|the store|the firm)",
    example: 'How does the company handle on-call today?',
    counterExamples: ['Thanks so much for having me on the team call.'],
    source: 'coach (questions about the employer)',
    requires: ['question'],
    blockedBy: ['reported', 'negation', 'past'],
  },
  // ── self-focused ──────────────────────────────────────────────────────────────
  {
    id: 'focus.pay-and-perks',
    polarity: -1, weight: 0.8,
    pattern: "(?:salary|salaries|paycheck|compensation|comp package|total comp|comp|bonus|bonuses|equity|stock options?|rsus|401k|401\\(k\\)|pension|perks|pto|vacation|time off|days off|sick days|raise|signing bonus|sign-on bonus|relocation package|stipend|overtime pay|commission|pay (?:range|band|scale|rate|raise|increase|bump|grade)|benefits (?:package|plan)|health (?:insurance|benefits|plan)|per diem|allowance|base pay|the money|more money|the range you|more than the range|above the range|top of the range|standing desk|standing one|parking|tuition|company car|car allowance|phone allowance|gym|benefits coverage|my benefits|the benefits|do you pay for|talk numbers|my own office|own office|travel (?:more|less) than|relocation|moving expenses|paid training|free lunch|free food|discount|discounts)",
    example: "What's the bonus, and how much vacation do I get?",
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.ask-number',
    polarity: -1, weight: 0.8,
    pattern: "(?:looking for|asking for|go below|go lower than|accept less than|make it|need at least|want at least|at least|nothing less than|no less than|i need|i want) (?:[$€£])?\\d{2,3}(?:k|,000|\\.\\d+)?(?:\\s?k)?(?! (?:people|users|customers|percent|%|services|engineers|employees|tickets|accounts))|\\d{2,3}k? (?:base|salary|plus (?:equity|bonus|stock)|all in|all-in|or no deal)",
    example: "I'm looking for 180k, and I won't go below 170.",
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.flexibility',
    polarity: -1, weight: 0.6,
    pattern: "(?:fully remote|work from home|work remotely|working from home|wfh|remote work|remote days?|remote option|office days|days (?:a|per) week in the office|hybrid (?:schedule|option|arrangement)|flexible (?:hours|schedule|working)|flexibility (?:on|around|with|in) (?:hours|the hours|schedule|my schedule|location|where|when)|four-day (?:week|work week)|4-day (?:week|work week)|four day week|4 day week|part-time|shorter hours|my (?:schedule|commute|hours)|the commute|(?:take|taking|have|get) (?:the |a |some |my )?(?:first |next |few )?(?:day|days|friday|fridays|monday|mondays|week|weeks|time) off)",
    example: 'I need to be fully remote, the commute is too long for me.',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.own-career',
    polarity: -1, weight: 0.8,
    pattern: "(?:(?:job |my |a (?:better |bigger |senior |higher )?)title|promotion|promoted|career (?:growth|path|progression|advancement|ladder|development)|my (?:own )?(?:growth|development|career|learning|goals|needs|work-life balance|personal brand|resume|cv|portfolio|next step|future)|work-life balance|(?:grow|learn|develop|advance) (?:myself|my skills|my career|professionally|personally|into)|room (?:for me )?to grow|stepping stone|keep growing|somewhere i can (?:learn|grow)|where i can (?:learn|grow)|learn [a-z]+ on the job|interesting work|matters to me|important to me|(?:a|the) (?:step down|step up)|the (?:east|west|north|south|[a-z]+) region too|what's in it for me|what is in it for me|for me personally|for me,? (?:comp|money|pay|salary|the money|the title)|what do i get|what's the upside for me|what would i get|what (?:will|would) i (?:get|gain|learn)|how (?:fast|soon|quickly) (?:can|could|would|will) i (?:move up|grow|be promoted|get promoted|advance))",
    example: "How soon could I be promoted, and what's in it for me?",
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.do-i-get',
    polarity: -1, weight: 0.8,
    pattern: "(?:do|will|would|can|could) i (?:get|have|receive|be eligible for|be eligible|be able to (?:work|take|leave|bring|choose|keep)|keep my|still get|also get)(?! (?:my |a |the |an |our )?(?:own )?(?:laptop|badge|login|desk|keys|email|access|account|computer|equipment|uniform|schedule|id|epic login|parking pass)\\b)(?! (?:to (?:meet|know|help|see|learn about (?:the|your))|a chance to (?:meet|help|contribute)|the chance to (?:meet|help|contribute)))",
    example: 'Would I get a signing bonus on top of that?',
    counterExamples: ['Would I get to meet the team before deciding?'],
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.i-want',
    polarity: -1, weight: 0.6,
    pattern: "(?:i|i'd|i would|i really|i'll) (?:need|want|require|deserve|'d want|'d need|would need|would want|'d like|would like|'d prefer|would prefer|prefer|expect)(?= (?:a (?:role|job|place|company|team|manager|raise|bonus|title|promotion|bigger|better|higher|salary|package|signing)|an (?:offer|increase|office)|more (?:money|pay|equity|vacation|time|days|flexibility|support|pto|than)|some (?:flexibility|time off|equity)|the (?:salary|title|bonus|money|equity)|my (?:own|schedule|fridays|weekends)|to (?:be (?:paid|promoted|remote|home|fully)|grow|learn|have|get|earn|make (?:more|at least)|keep my|take|work (?:from|remote)|move up|advance|develop my|leave (?:early|by))|at least|[$€£]?\\d))",
    example: 'I want a role where I can grow and I need more money.',
    counterExamples: ['I want to understand your customers first.', "I'd need zero ramp-up time.", 'I need your decision by Wednesday.'],
    source: 'coach; CaSiNo dev (self-need)',
    blockedBy: ['reported', 'negation', 'past'],
  },
];
