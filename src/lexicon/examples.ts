import type { Cue } from './types.js';

/**
 * Behavioral-example cues ("war stories", STAR): +1 a specific past situation, the candidate's
 * own action, a concrete result; -1 generic self-description instead of evidence.
 *
 * Source: 'coach' = the coaching notes in DEVELOPERS.md and corpus/GUIDELINES.md; STAR
 * (situation, task, action, result) as taught in behavioral interviewing.
 * Editing rules: every cue keeps an example that fires; add a counter-example for each
 * false positive you fix; tune weights on the dev split only.
 */
const ACTION_VERBS = "(?:(?!(?:needed|wanted|liked|loved|enjoyed|hoped|wished|used|seemed|appeared|preferred|interviewed|applied|graduated|studied|majored|learned|learnt|started|worked|tried|talked|expected|planned|intended|attended|retired|moved on|called it|figured|cancelled|canceled|turned down|declined|resigned|quit)\\b)[a-z]{3,}ed|re-[a-z]+ed|took|got|made|did(?! (?:ok|okay|alright|all right|fine|well|good|badly|poorly|enough)\\b)|led|had (?:it|them|a|the|every|all)|kept|nailed|built|launched|shipped|designed|created|implemented|developed|drove|ran|managed|migrated|reduced|increased|cut|grew|saved|delivered|fixed|resolved|negotiated|closed|rebuilt|redesigned|introduced|automated|organized|organised|coordinated|trained|mentored|hired|convinced|persuaded|turned around|took over|stepped in|stepped up|spearheaded|streamlined|solved|handled|set up|started|founded|wrote|rewrote|restructured|rolled out|partnered|raised|doubled|tripled|halved|won|achieved|improved|boosted|lowered|recovered|retained|scaled|refactored|debugged|diagnosed|investigated|presented|pitched|sold|secured|landed|caught|noticed|realized|realised|decided|proposed|volunteered|flew|called|sat down|met with|brought|replaced|eliminated|consolidated|audited|analyzed|analysed|tracked|traced|found|discovered|identified|escalated|de-escalated|calmed|talked|walked|worked (?:with|through|nights|weekends|late)|stayed|pushed|championed|owned|onboarded|revamped|overhauled|cleaned up|pulled|put together|came up with|figured out|reached out|followed up|tested|piloted|prototyped|benchmarked|cut|beat|exceeded|hit|topped|generated|closed out|recruited|taught|coached|supervised|oversaw|triaged|treated|administered|restocked|reorganized|reorganised|renegotiated|recouped|collected|trimmed)";

export const examplesCues: readonly Cue[] = [
  {
    id: 'examples.acting-on-offer',
    polarity: -1, weight: 0.5,
    pattern: "(?:for|since|because of) (?:this (?:job|role|position|offer)|i got (?:this|the job|the offer|it))|(?:i|we) (?:stopped|quit) (?:interviewing|applying|looking)|(?:i gave|i've given|i have given|i handed in|i put in) (?:my )?notice",
    example: 'We broke the news to the kids last night that we are moving for this job in January.',
    counterExamples: ['Last spring I flew out to the client and rebuilt their onboarding in two weeks.', 'I stopped the release and rolled back within ten minutes.'],
    source: 'corpus/GUIDELINES.md (acting on a presumed offer is presumption, not a war story); corpus dev split',
  },
  {
    id: 'examples.past-action',
    polarity: 1, weight: 0.5,
    pattern: `(?<!\\b(?:like|as) )(?:i|we) (?:(?:then|also|eventually|finally|quickly|personally|actually|basically|immediately|ultimately|just|single-handedly|successfully|once|sort of|kind of|kinda|sorta|absolutely|literally|even|still|ended up) )?${ACTION_VERBS}(?! (?:that )?(?:your|you)\\b)`,
    example: 'At Acme I led the move of 40 services to Kubernetes.',
    counterExamples: ['I would lead the migration differently.', 'I noticed your reviews dipped after the remodel.'],
    source: 'coach (STAR: action)',
  },
  {
    id: 'examples.was-responsible',
    polarity: 1, weight: 0.5,
    pattern: "(?:i|we) (?:was|were) (?:able to|responsible for|tasked with|asked to|brought in to|in charge of|the one who|on call when|leading|running|managing|working on|handling)|my (?:job|role|task) was to",
    example: 'I was tasked with cleaning up the billing backlog.',
    source: 'coach (STAR: task)',
  },
  {
    id: 'examples.situation',
    polarity: 1, weight: 0.4,
    pattern: "(?:for example|for instance|one time|one day|so the story is|what happened was|there was this|i had a (?:student|client|patient|customer|tenant|guest|kid|resident|caller|vendor|manager|boss) who|there was a (?:time|situation|case|moment|point|period|week|day|project|customer|client|patient)|(?:a few|two|three|several|couple of) (?:years|months|weeks) ago|last (?:year|quarter|month|spring|summer|fall|autumn|winter|week)|at my (?:last|previous|old|former|current) (?:job|company|role|employer|position|school|hospital|store|firm|gig|team|clinic|restaurant)|when i was (?:at|with|working|leading|managing|running|a)|in my (?:last|previous|current|first) (?:role|job|position|year|company|team|employer|workplace)|when (?:the|our|a|my) (?:[a-z-]+ ){0,2}?(?:went (?:down|sideways|wrong|south|dark)|crashed|broke down|failed|blew up|fell (?:apart|through)|collapsed)|back (?:at|in|when)|in (?:19|20)\\d\\d)",
    example: 'For example, when our checkout crashed on Black Friday, I ran the incident.',
    counterExamples: ['For example, I would start by meeting the team.'],
    source: 'coach (STAR: situation)',
    blockedBy: ['negation', 'conditional', 'question', 'reported', 'hypothetical'],
  },
  {
    id: 'examples.past-result',
    polarity: 1, weight: 0.5,
    pattern: "(?:saved|cost|earned|made|brought in|generated) (?:us|the company|the client|the business|them) (?:about |over |nearly |roughly |around |almost |more than |an extra |another )?[$€£]?\\d[\\d,.]*(?:k|m)?|(?:went|dropped|fell|rose|jumped|climbed|grew|shrank|improved|had cut|had reduced|had grown|had dropped|had raised) (?:[a-z-]+ ){0,3}?from [a-z0-9.$%,']+(?: [a-z0-9.$%,']+)? to [a-z0-9$%]+(?:[.,]\\d+)?%?",
    example: 'After the redesign, trial-to-paid went from 4.1% to 6.3% in two months.',
    counterExamples: ['It would save us $12,000 a month.', 'We renewed the contract and saved them time.', 'If we had cut the time from four days to one, we would have kept them.'],
    source: 'corpus dev split; coach (STAR: result in past tense without a first-person subject)',
  },
  {
    id: 'examples.result',
    polarity: 1, weight: 0.5,
    pattern: "(?:by|to|from|of|over|about|nearly|almost|around|roughly|under|within|saving|saved|cutting|and) (?:[$€£])?\\d[\\d,.]*(?:\\s?(?:%|percent|k|m|mm|million|billion|thousand|hours?|days?|weeks?|months?|years?|x|times|people|users|customers|accounts|patients|students|engineers|services|tickets|deals|stores|calls|clients|points|minutes|seconds|ms))|(?:which|that|this|it) (?:cut|reduced|increased|saved|brought|grew|doubled|halved|improved|led to|resulted in|got us|took|dropped|raised|lifted)|(?:cut|reduced|dropped|brought) (?:it|that|the [a-z]+ (?:rate|time|cost|count)|[a-z]+(?: [a-z]+)?) (?:down )?(?:in half|by half)",
    example: 'We shipped in six weeks, which cut churn by 12%.',
    source: 'coach (STAR: result)',
    requires: ['past'],
  },
  {
    id: 'examples.specific-time',
    polarity: 1, weight: 0.3,
    pattern: "(?:last|one|that|this past|early|late|back in|in) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|quarter|weekend|night|morning|afternoon|black friday|holiday season)|(?:that|the same|the next|the following) (?:afternoon|night|morning|day|week|weekend|quarter|month|year)|(?:within|in|over|after) (?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|[0-9]+|like) (?:days?|weeks?|months?|hours?|minutes?|weekend|quarter|shifts?)|by (?:\\d|the end of (?:that|the))",
    example: 'I had the replacement provider live in nine days.',
    source: 'coach (STAR: situation)',
    requires: ['past'],
  },
  {
    id: 'examples.change-result',
    polarity: 1, weight: 0.5,
    pattern: "from (?:[a-z0-9.$%,']+ ){1,3}to [a-z0-9$%]+(?:[.,]\\d+)?%?|(?:climbed|dropped|fell|rose|jumped|went up|went down|came down|got (?:it|them|that) down|got (?:it|them|that) up|brought (?:it|them|that) down) (?:to|by)|(?:zero|no) (?:data loss|downtime|defects|errors|findings|material weaknesses|injuries|incidents|complaints|escalations|outages)|(?:on time|under budget|ahead of schedule|on budget)|(?:renewed|re-signed|signed|closed|won|kept|saved) (?:the|it|them|for|a|an)",
    example: 'We went from monthly to daily releases with zero downtime.',
    source: 'coach (STAR: result)',
    requires: ['past'],
  },
  {
    id: 'examples.background-summary',
    polarity: -1, weight: 0.3,
    pattern: "for (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few|a couple of) (?:years|decades)|before this|over the years|throughout my career|(?:most|all) of my career|(?:usually|typically|generally)",
    example: 'I drove a reach truck for six years at a cold storage place in Fresno.',
    counterExamples: ['For two weeks in March I ran the night shift and cut errors by 30%.'],
    source: 'corpus dev split; coach (a career summary or habit is not a specific instance)',
  },
  {
    id: 'examples.number',
    polarity: 1, weight: 0.3,
    pattern: "[$€£]?\\d[\\d,.]*(?:%|k|m|x)?",
    example: 'We closed 22 deals that year.',
    source: 'coach (STAR: result, a number)',
    requires: ['past'],
  },
  {
    id: 'examples.generic-claim',
    polarity: -1, weight: 0.8,
    pattern: "(?:i'm|i am|i consider myself|i'd describe myself as|i would describe myself as|people say i'm) (?:a |an )?(?:very |really |extremely |super |highly |truly |incredibly |a really )?(?:hard worker|hard-working|hardworking|team player|fast learner|quick learner|people person|perfectionist|go-getter|self-starter|problem solver|problem-solver|passionate|motivated|detail-oriented|detail oriented|organized|organised|dedicated|driven|results-driven|results driven|reliable|dependable|creative|proactive|adaptable|hungry|a natural leader|natural leader|great with people|good with people|a great communicator|great communicator|strong communicator)|i always (?:go above and beyond|give (?:110|100|it my all|my best)|get (?:things|it|the job) done|deliver|work hard|put in the work)|i (?:work|worked) (?:really )?(?:hard|well under pressure|well with others)",
    example: "I'm a hard worker and a team player.",
    source: 'coach (generic claims)',
    blockedBy: ['reported', 'negation'],
  },
];
