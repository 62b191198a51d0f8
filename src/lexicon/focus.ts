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
  "(?:customers?|clients?|users?|patients?|students?|members|guests|residents|families|readers|buyers|shoppers|partners|stakeholders|accounts|goals?|mission|challenges?|problems?|priorities|roadmap|strategy|pain points?|needs|business|objectives|vision|success|culture|bottom line|revenue|products?|community|operations|pipeline|backlog|outcomes|kpis|metrics|targets|growth|expansion|quarter|market|teams?|team's|engineers|analysts|designers|developers|nurses|staff|reps|agents|sellers|employees|people|org|organization|department|group|unit|releases?|release cycle|process|processes|systems?|platform|codebase|infrastructure|stack|data|reporting|dashboards?|tests|test suite|onboarding|churn|conversion|retention|uptime|reliability|sales|launch|migration|deadlines?|budget|costs?|margins|deals|funnel|brand|service|services|support|clinic|hospital|school|store|restaurant|kitchen|floor|warehouse|fleet|firm|practice|caseload|classrooms?|program|programs|callers|tenants|techs|technicians|case ?workers|case workers'|reviews|ar|pricing|price|prices|renewal rate|rates?|wait times?|hold times|workflows?|queue|intake|month-end close|close|books|audit|inventory|supply chain|shifts|line|menu|codebase|deploy(?:ment)?s?|on-call|incidents?|tickets|support|residents|parents|donors|volunteers|patrons|diners|crew|techs|field teams?|territory|region|district|area|quota|book of business|numbers|audience|investors|shareholders|subscribers|viewers|listeners|learners|workforce|brand|reputation|competitors|competition|industry|forecast|logistics|routes|sites?|plants?|factory|lines|stores|locations|branches|clinics|wards|floors|curriculum|content|campaigns|marketing|traffic|api|apps?|website|tools|tooling|hiring|recruiting|plans|initiatives|projects)";

/** The employer's people a candidate can listen to, learn from or serve. */
const PEOPLE =
  "(?:customers?|clients?|users?|patients?|families|parents|students|teachers|nurses|doctors|physicians|engineers|developers|designers|cooks|chefs|servers|staff|team|teams|dispatchers|drivers|reps|agents|sellers|salespeople|techs|technicians|operators|managers|supervisors|stakeholders|people|folks|crew|crews|callers|members|residents|tenants|volunteers|donors|analysts|accountants|associates|cashiers|pickers|employees|workers|caseworkers|case workers|frontline|sales team|support team|ops team|support calls|customer calls|calls|guests|diners|buyers|partners|vendors|suppliers|contractors|faculty|coaches|clinicians|therapists|aides|cna?s|pharmacists|mechanics|installers|electricians|crew leads|leads|team leads|veterans|admins|editors|writers|reporters)";

export const focusCues: readonly Cue[] = [
  // ── employer-focused ──────────────────────────────────────────────────────────
  {
    id: 'focus.their-world',
    polarity: 1, weight: 0.8,
    pattern: `(?:your|the company's|the team's|the department's|the hospital's|the school's|the firm's|the store's|this team's|the organization's|the organisation's|you guys'|y'all's) (?:[a-z0-9'-]+ ){0,2}${ORG_NOUNS}`,
    example: "What are your customers' biggest pain points right now?",
    counterExamples: ['What are your salary expectations for this?', 'Thanks for your time today.'],
    source: 'coach',
    blockedBy: ['reported', 'negation'],
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
    pattern: "(?:your(?! (?:question|questions|time|point|offer|salary|range|budget))|the team's|the company's|you guys|y'all|you all|you folks|the team|the company|the organization|the department|the unit|the business|the clinic|the hospital|the school|the store|the firm|the district|the agency|the practice|the restaurant|the kitchen|the warehouse|the plant|the lab|the office|the board|leadership|management|the (?:customers?|clients?|users?|patients?|students?|families|product|products|roadmap|strategy|mission|market|competition|competitors|org|codebase|platform|stack|backlog|biggest (?:challenge|problem|priority|risk)|main (?:challenge|problem|priority)|hardest part of the (?:job|role)))",
    example: 'How does the company handle on-call today?',
    counterExamples: ['Thanks so much for having me on the team call.'],
    source: 'coach (questions about the employer)',
    requires: ['question'],
    blockedBy: ['reported', 'negation'],
  },
  // ── employer-focused, generalized (issue #4) ─────────────────────────────────
  {
    id: 'focus.listen-to-them',
    polarity: 1, weight: 0.8,
    pattern: `(?:(?:listen|listening) to|(?:sit|sitting) (?:down )?with|(?:sit|sitting) in on|shadow|shadowing|(?:talk|talking) (?:to|with)|(?:meet|meeting) (?:with )?|(?:learn|learning) from|interview|interviewing|(?:hear|hearing) from|ride along with|(?:spend|spending) (?:time|a (?:day|week|shift)|[a-z]+ (?:days|weeks|shifts)) with|ask|asking|(?:get|getting) to know) (?:the|your|each|every|all (?:the|your|of (?:the|your))|each of (?:the|your)|every single) (?:[a-z-]+ )?${PEOPLE}|(?:sit|sitting) in on (?:[a-z-]+ ){0,2}(?:calls|meetings|visits|rounds|shifts|standups|huddles|classes|sessions|demos)`,
    example: "I'd start by just listening to the cooks, see what's actually slowing the line down.",
    counterExamples: ['I spent a week with the nurses at my last hospital.', 'I like listening to podcasts on my commute.'],
    source: 'coach (what the candidate can do for them: understand their people first)',
  },
  {
    id: 'focus.diagnose-their-problem',
    polarity: 1, weight: 0.8,
    pattern: "(?:understand|learn|learn about|dig into|study|map out|get to know|get a feel for|get up to speed on|get a handle on) (?:the|your) (?:[a-z-]+ ){0,2}(?:problems?|issues?|challenges?|pain points?|bottlenecks?|needs|customers|clients|users|patients|families|business|workflows?|processes|priorities|goals|operations|market|codebase|systems?|product|products|roadmap)|(?:problem|problems|issue|issues|challenge|challenges|thing|things|stuff) (?:you're|you are|you've been|the team is|the team's|your team is|your team's|they're|they are) (?:dealing|struggling|wrestling|grappling|fighting|living|working) with|(?:understand|figure out|find out|dig into|get to the bottom of|diagnose|get a handle on|get a sense of|look into|see) (?:what|why|how|where|whether) (?:the|your|their|it's|things|customers|clients|users|patients|deals|people|orders|tickets|calls|shipments|projects)|(?:what's|what is|who's|where's) (?:slowing|holding|blocking|hurting|costing|frustrating|bugging|stalling)|(?:slows|slowing|slow|holds|holding|hold|bogs|bogging) (?:them|you|the team|your team|the line|people|everyone|things|the (?:[a-z]+ )?(?:team|process|line|floor|queue)) (?:down|back|up)|(?:fix|fixing|solve|solving|tackle|tackling|reduce|reducing|cut|cutting|stop|stopping|shorten|shortening|bring down|get ahead of|turn around|address|addressing|clear|clearing|untangle|untangling) (?:the|your|that|those|this|their) (?:[a-z0-9'-]+ ){0,2}(?:problem|problems|issue|issues|backlog|bottleneck|bottlenecks|churn|turnover|delays?|errors|losses|queue|wait times?|no-shows|complaints|attrition|gaps?|leaks?|shortages?|overtime|downtime|outages?|defects|returns|shrink|waste|cycle time|lead time|hold times?|handoffs?|drop-off|mess|pain points?|headaches?)",
    example: "First I'd figure out why the enterprise deals stall after the demo.",
    counterExamples: ['I fixed the deploy problem at Acme in a week.', "I'm trying to figure out what my next step is."],
    source: 'coach (their problems; what the candidate can do for them)',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.you-mentioned',
    polarity: 1, weight: 0.5,
    pattern: "(?<!(?:range|salary|number|bonus|budget|figure|package|pay|rate|comp) )you (?:mentioned|said|told me|brought up|noted|pointed out|described|flagged|talked about|were saying)(?! (?:the (?:salary|range|pay|bonus|comp)|(?:i|i'd|i'll|i'm) (?:get|would get|could get|be paid|be eligible)))",
    example: 'You mentioned churn is up this year; what are customers saying when they leave?',
    counterExamples: ['You mentioned the salary range earlier.'],
    source: 'coach (attention to what the employer said about its own situation)',
    blockedBy: ['negation'],
  },
  {
    id: 'focus.what-you-need',
    polarity: 1, weight: 0.8,
    pattern: "(?:what|how|where) (?:do|does|would|will|could|can|did) (?:you|the team|your team|the company|the business|they|the customers|your customers|the clients|your clients) (?:most |really |actually )?(?:need|want|expect|hope|look for|value|care about|struggle with|wish|worry about|measure)|what (?:are|is|were) (?:you|the team|your team|they|the company) (?:[a-z]+ )?(?:hoping|looking|trying|struggling|working|planning|worried|focused|focusing|prioritizing|betting)|what (?:would|do) you (?:need|want|expect) (?:the |this |a )?(?:new hire|person|hire|someone|me|role)|(?:what's|what is) the (?:growth |long-term |big |product |hiring |3-year |five-year |5-year )?(?:plan|vision|strategy|roadmap|goal|priority) for (?:the|your|this)",
    example: 'What would you need the new hire to have done by the end of the first 90 days?',
    counterExamples: ['What would you need from me for the background check, and when do I get paid?'],
    source: 'coach (employer questions without a cue word)',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'focus.empathy',
    polarity: 1, weight: 0.4,
    pattern: "(?:i (?:totally |completely |really |fully |definitely )?understand|that's understandable|understandable|i hear you|i can (?:imagine|see why|see how|relate)|i see (?:why|what you mean|your point)|(?:sorry|sad) to hear|that (?:sounds|must be|must have been|has to be) (?:like )?(?:a )?(?:hard|tough|difficult|frustrating|stressful|rough|a lot|challenging|exhausting|painful|scary|awful|a headache|a pain))(?! (?:the (?:salary|pay|comp|bonus|benefits|range)|why i|how i|my))",
    example: 'That sounds frustrating for your nurses, with the overtime.',
    counterExamples: ['I understand the salary range is fixed.'],
    source: 'Chawla et al. 2021 (CaSiNo showing-empathy); coach (attention to the employer)',
    blockedBy: ['reported', 'negation', 'question'],
  },
  {
    id: 'focus.did-homework',
    polarity: 1, weight: 0.8,
    pattern: "i (?:noticed|saw|read|looked at|was reading|came across|checked out|went through|dug into|listened to|watched|was looking at|'ve been reading|'ve been following|have been following|'ve read|'ve seen|'ve noticed|follow) (?:that )?(?:your|the company's|the team's|you (?:all|guys) )",
    example: 'I noticed your reviews dipped after the remodel. What happened there?',
    counterExamples: ["I noticed my old team's reviews dipped after the remodel."],
    source: 'coach (interest in the employer: research about their business)',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'focus.suggestion',
    polarity: 1, weight: 0.6,
    pattern: "what if (?:the|your|we|you|they)|have you (?:ever |already )?(?:thought about|considered|tried|looked into|explored)|would it help (?:if|to|your|the)|(?:one|an) idea (?:for (?:you|your|the)|would be)",
    example: 'Have you thought about a loyalty card for the lunch crowd?',
    counterExamples: ['What if I get a better offer elsewhere?'],
    source: 'coach (ideas for the employer\'s problems)',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'focus.do-for-them',
    polarity: 1, weight: 0.8,
    pattern: "(?:save|saving|make|making|earn|earning|win|winning|bring|bringing|get|getting) (?:you|your (?:team|company|business|customers|clients|patients)|the (?:team|company|business|clinic|store|school|hospital|firm)) (?:[a-z-]+ ){0,2}(?:money|time|hours|revenue|customers|clients|deals|sales|business|results|wins|savings|headcount|\\$[0-9][0-9,.]*k?|[0-9][0-9,.]*\\s?(?:%|percent|k|hours|days|weeks))|make (?:your|the team's|their|everyone's|the staff's) (?:[a-z-]+ )?(?:life|lives|job|jobs|work|day|days|shifts?) (?:easier|simpler|better|less stressful)|take (?:[a-z-]+ ){0,2}off (?:your|the team's|their) plate|how (?:does|would|will) (?:this|the) (?:role|position|job|team) (?:fit|contribute|support|help|impact|feed|tie)|where (?:does|would) (?:this|the) (?:role|position) fit",
    example: "I can save you two hours a day on scheduling alone.",
    counterExamples: ['Would I get a signing bonus to make the move worth it?'],
    source: 'coach (what the candidate can do for them)',
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
    pattern: "(?:looking for|asking for|make it|need at least|want at least|at least|nothing less than|no less than|i need|i want) (?:[$€£])?\\d{2,3}(?:k|,000|\\.\\d+)?(?:\\s?k)?(?! (?:people|users|customers|percent|%|services|engineers|employees|tickets|accounts))|\\d{2,3}k? (?:base|salary|plus (?:equity|bonus|stock)|all in|all-in|or no deal)",
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
    blockedBy: ['reported', 'negation'],
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
  // ── self-focused, generalized (issue #4) ─────────────────────────────────────
  {
    id: 'focus.first-person-need',
    polarity: -1, weight: 0.4,
    pattern: "(?:i|i really|i also|i definitely|i just|i still|i do|i'll|i will|i'd|i would|i'll also|i'd also) (?:need|require|'d need|would need|'ll need|will need|could really use|could use)(?! (?:to (?:understand|know|learn|meet|see|hear|talk|ask|give|wrap|finish|check|think|bring|be (?:clear|honest))|your|you|an answer|a decision|a response|zero|no |nothing|the team to|them to|everyone to|some time to think|help (?:from|with) (?:the|your)))|(?:i'm|i am) in need of",
    example: "I need a lot of flexibility, honestly.",
    counterExamples: ['I need to understand your customers first.', 'I need your decision by Wednesday.', "I'll need to give four weeks' notice."],
    source: 'coach (the candidate\'s own needs); Chawla et al. 2021 (CaSiNo self-need)',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.matters-to-me',
    polarity: -1, weight: 0.6,
    pattern: "(?:important|essential|crucial|a must|a priority|non-negotiable|a dealbreaker|a deal-breaker|a deal breaker|critical|vital|a big deal|huge|a must-have|must-have) (?:for|to) me|(?:matters|matter) (?:most |a lot |the most )?(?:to|for) me|for my (?:own |mental )?(?:health|sanity|wellbeing|well-being|peace of mind|work-life balance|family's sake)|my (?:own|personal) (?:[a-z-]+ )?(?:growth|training|development|needs|time|schedule|budget|office|goals|interests|plans|projects|preferences|situation|sanity|health|space|brand|career)",
    example: 'Honestly, a four-day week is a must for me.',
    counterExamples: ["Your team's growth matters to the whole company."],
    source: 'coach (the candidate\'s own needs); Chawla et al. 2021 (CaSiNo self-need)',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.pay-floor',
    polarity: -1, weight: 0.8,
    pattern: "(?:go|going|accept|accepting|take|taking|settle|settling|come down|coming down|drop|dropping|work) (?:below|under|less than|lower than|for less than|for under) [$€£]?\\d[0-9,]*(?:k|\\.\\d+)?|(?:role|roles|job|jobs|position|positions|offer|offers|anything|something) (?:above|over|paying(?: at least)?|that pays(?: at least)?|north of|starting at) [$€£]?\\d[0-9,]*(?:k|\\.\\d+)?|north of [$€£]?\\d{2,3}(?:k|,000)",
    example: "I'm not willing to go below 150.",
    counterExamples: ['We cut costs to below 2 million at Acme.'],
    source: 'coach (a bare ask is self-focused)',
    blockedBy: ['reported', 'past'],
  },
  {
    id: 'focus.own-limits',
    polarity: -1, weight: 0.8,
    pattern: "(?:can't|cannot|won't|will not|don't want to|do not want to|not willing to|unwilling to|i'd rather not|would rather not|prefer not to|i'd prefer not to|not able to|unable to) (?:do |work |be in |come in |come into |be on |go into |pull )?(?:more than (?:[a-z0-9]+ )?(?:days?|nights?|hours?|weekends?|shifts?|times?)|weekends|nights|evenings|overnights?|overtime|on-call|on call|holidays|travel|relocate|commute|move (?:to|for|my)|night shifts?|doubles|split shifts|early mornings|late nights|the office (?:more|every|five|full))",
    example: "I can't do more than two days a week in the office.",
    counterExamples: ["I never said I won't travel; I'm happy to.", 'My last manager would not travel.'],
    source: 'coach (remote work or flexibility for the candidate\'s sake)',
    blockedBy: ['reported', 'past'],
  },
  {
    id: 'focus.own-credential',
    polarity: -1, weight: 0.6,
    pattern: "(?:get|getting|earn|earning|finish|finishing|complete|completing|pursue|pursuing|work toward|working toward|study for|studying for|sit for|sitting for) (?:my|a|an) (?:[a-z'-]+ ){0,2}(?:license|licence|certification|degree|cert|mba|masters|master's|phd|credential|diploma)|(?:budget|money|time off|paid time|reimbursement|sponsorship|stipend|support) for (?:my (?:own )?(?:training|courses?|classes|degree|certifications?|conferences?|development|education|license)|me to (?:take|attend|go to|finish|get))|(?:training|conference|learning|education|development|tuition) (?:budget|stipend|allowance|reimbursement)",
    example: "I'm hoping to get my master electrician license in the next year or two.",
    counterExamples: ['I got my license in 2019.', 'I can help your techs get their certifications.'],
    source: 'coach (the candidate\'s own growth or learning)',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.what-i-want-in-a-job',
    polarity: -1, weight: 0.6,
    pattern: "(?:i'm|i am|i've been|i have been) (?:mainly |mostly |really |just |primarily |honestly |now )?looking for (?:a|an|the|some|somewhere|someplace|something) (?:[a-z-]+ ){0,2}(?:role|job|place|company|team|position|culture|environment|manager|opportunity|employer|title|step|challenge|change|raise|bump|package|schedule|setup|balance)|(?:right|best|better|ideal|perfect|next) (?:fit|move|step|choice|role|job|opportunity) for me|(?:get|have|find|need|want|looking for) (?:a |some |more )?(?:mentor|mentorship|exposure|visibility|sponsorship|coaching|sponsor)(?! (?:for|to) (?:the|your))|room for (?:growth|advancement|promotion)|path (?:to|into) (?:management|promotion|senior|lead|leadership|director)|(?:move|moving) up (?:quickly|fast|in the|the ladder)|climb the ladder|(?:a|the) (?:bigger|senior|leadership|management|more senior) (?:role|title|position)",
    example: "I'm looking for a role with a clear path to management.",
    counterExamples: ["I'm looking for a way to cut your churn.", 'Our team is looking for a new mentor for the interns.'],
    source: 'coach (the candidate\'s own growth or needs)',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.learn-for-me',
    polarity: -1, weight: 0.6,
    pattern: "(?:i|i'd|i would|i'll|i really) (?:want|like|love|hope|'d like|'d love|would like|would love|'m hoping|am hoping|'m looking|am looking|'m excited|am excited|'m eager|am eager) to (?:learn|grow|develop|build my|gain|get (?:more )?(?:experience|exposure)|pick up|level up|stretch myself|challenge myself|expand my|broaden my|round out my|upskill)(?! (?:the|your|how|what|about (?:the|your)|from (?:the|your)|more about (?:the|your)|this (?:team|business)))",
    example: "I'd love to learn more about machine learning in this role.",
    counterExamples: ['I want to learn how your techs actually work.', 'I want to learn the Medicaid billing rules your team uses.'],
    source: 'coach (the candidate\'s own growth or learning)',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.how-much-pay',
    polarity: -1, weight: 0.8,
    pattern: "how much (?:does|will|would|could|can) (?:it|this|the (?:role|job|position)|this (?:role|job|position)) pay|how much (?:would|will|do|could|can) i (?:make|earn|get|take home|be paid|be making)|what (?:does|will|would) (?:it|this|the (?:role|job|position)|this (?:role|job|position)) pay|what (?:would|will|do) i (?:make|earn|take home)",
    example: 'How much does it pay, roughly?',
    counterExamples: ['How much would it save your team?'],
    source: 'coach (salary for the candidate\'s sake)',
    blockedBy: ['reported', 'negation', 'past'],
  },
  {
    id: 'focus.family-logistics',
    polarity: -1, weight: 0.6,
    pattern: "(?:pick|picking|drop|dropping) (?:up |off )?my (?:kids|son|daughter|children|kid)|(?:school|daycare) (?:pickup|pick-up|drop-off|dropoff|run)|(?:daycare|childcare|child care) (?:hours|schedule|costs?|situation)|(?:closer|close) to (?:home|my (?:house|place|family|kids))|time with my (?:family|kids|wife|husband|partner|children)",
    example: 'I need to leave by four for school pickup most days.',
    counterExamples: ['We opened a store closer to home for our customers.'],
    source: 'coach (flexibility for the candidate\'s sake)',
    blockedBy: ['reported', 'negation', 'past'],
  },
];
