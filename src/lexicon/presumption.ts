import type { Cue } from './types.js';

/**
 * Presumption cues: +1 the job treated as a done deal ("in the bag"); -1 humble, conditional
 * framing that explicitly does not presume. Conditionals, negation, reported speech and past
 * tense silence the +1 cues by default (see dimensions/presumption.ts).
 *
 * Source: 'coach' = the coaching notes in DEVELOPERS.md and corpus/GUIDELINES.md.
 * Editing rules: every cue keeps an example that fires; add a counter-example for each
 * false positive you fix; tune weights on the dev split only.
 */
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|day one|the first|next (?:week|month|monday))';

export const presumptionCues: readonly Cue[] = [
  {
    id: 'presumption.when-i-start',
    polarity: 1, weight: 1,
    pattern: "(?:when|once|after|as soon as|the day|the moment|before|until) (?:i (?:will )?(?:start|join|come on board|come onboard|come aboard|get started|begin|arrive|take over|step in|get here|get in the door|get (?:the job|the offer|hired|the role|settled|my (?:account|badge|laptop|login))|sign (?:the|my) (?:offer|contract)|accept (?:the|your) offer|move over)|i(?:'m| am) (?:here|on board|onboard|onboarded|settled in|up and running|the (?:new )?[a-z]+ here|in (?:the|this) (?:role|seat|job|door|position)|hired|your|in charge|running (?:the|your|this)|leading (?:the|your|this)|managing (?:the|your|this)|heading (?:up )?(?:the|your|this)|part of (?:the|your|this)))(?! (?:a|an|any|new|on a|my (?:day|week|shift)|working|work on|projects?|something|with a|at (?:acme|a))\\b)",
    example: "When I start, I'll set up weekly one-on-ones.",
    counterExamples: ['When I started at Acme, I shadowed support for a week.', 'When I start a new project, I write a one-page plan.'],
    source: 'coach',
  },
  {
    id: 'presumption.start-date',
    polarity: 1, weight: 1,
    pattern: `i (?:start|begin|can start|'ll start|will start|'m starting|am starting) (?:on )?${WEEKDAY}|see you (?:all |guys |then )?(?:on )?${WEEKDAY}|want to start (?:on )?(?:the \\d|${WEEKDAY})|(?:my|the) start dates?(?! (?:at|was|with))|talk (?:about )?start dates?|my (?:first paycheck|onboarding|orientation)(?! (?:at|was|with))`,
    example: "So I start on Monday, right? What's my start date exactly?",
    counterExamples: ['I can help you fix the onboarding drop-off.'],
    source: 'coach',
  },
  {
    id: 'presumption.first-day',
    polarity: 1, weight: 0.8,
    pattern: 'my (?:first|1st) (?:day|week|month|90 days|ninety days|hundred days|100 days|30 days|thirty days|quarter|year|sprint|shift|project)(?: (?:here|on the job|with you|in the role|at (?:this|your)))?',
    example: "On my first day I'm going to meet every engineer.",
    counterExamples: ['My first week at Acme was a blur.'],
    source: 'coach',
  },
  {
    id: 'presumption.my-team-future',
    polarity: 1, weight: 1,
    pattern: "my (?:new |future )?(?:team|manager|boss|direct reports|reports|colleagues|coworkers|co-workers|department|squad|unit|staff|nurses|engineers|people|crew|group|caseload|territory|clients|accounts|students|patients|class|route|region)(?:'s)?(?: here| at (?:this|your) (?:company|place|firm))?(?: (?:will|'ll|is going to|are going to|is gonna|are gonna|gonna|going to|needs to|need to|should expect|can expect))",
    example: 'My team will move to two-week sprints.',
    counterExamples: ['My team at Acme moved to two-week sprints.'],
    source: 'coach',
  },
  {
    id: 'presumption.my-here',
    polarity: 1, weight: 1,
    pattern: "my (?:new )?(?:territory|caseload|desk|office|laptop|badge|parking (?:spot|space)|signing bonus|relocation|email account|login|equipment|locker|cubicle|employee id|keys|work phone|company card|uniform|new role|new job|new position|new title|new company|new employer|new boss|new team|new manager|new colleagues|role here|team here|job here|office here|desk here)",
    example: 'Where will my desk be, next to the product team?',
    source: 'coach',
  },
  {
    id: 'presumption.logistics-question',
    polarity: 1, weight: 1,
    pattern: "(?:when|where|what time|who|how) (?:do|will|should|shall|am) i (?:start|report|get|show up|sit|pick up|receive|sign|meet|go|park|come in|need to (?:be|bring|show|come)|be (?:sitting|starting|reporting|working|based|meeting))|(?:will|do|can|should|shall) i (?:get|have|need to bring|be given|receive|pick up|bring) (?:a |my |the |an )?(?:own )?(?:laptop|badge|parking|desk|office|access|company card|phone|keys|uniform|locker|equipment|signing bonus|onboarding|orientation|computer|monitor|login|email)|what (?:laptop|equipment|hardware|badge|desk|office|computer|setup) (?:do|will|should|am) i",
    example: 'What time should I show up on Monday?',
    counterExamples: ['Who would this role report to?'],
    source: 'coach',
  },
  {
    id: 'presumption.i-will-here',
    polarity: 1, weight: 0.8,
    pattern: "(?:i'll|i will|i'm going to|i am going to|i'm gonna|ill) (?:(?:be|also|first|immediately|quickly|definitely|absolutely|personally|just|probably|totally) ){0,2}(?:moving|bringing|leading|running|managing|taking over|reorganizing|restructuring|hiring|firing|rewriting|replacing|overhauling|shaking up|keeping my|using my|move|bring (?:my|in my)|take over|reorganize|restructure|overhaul|rewrite|replace|hire|fire|shake up|retire|scrap|kill|sunset|(?:double|triple|outsell|outperform|turn around|grow|transform|fix|fixing|clean up|cleaning up|rebuild|rework|revamp|modernize|streamline|audit|change|improve|sort out|tackle) (?:your|this team's|the team's|the company's)|be (?:your|the) (?:new|next)|be (?:sitting|working|based|reporting|commuting|biking|driving) (?:with|in|at|to|from|next to) (?:your|the|my)|have my first|be the one (?:owning|running|leading|in charge))",
    example: "I'll be moving the team to Rust in the first quarter.",
    counterExamples: ['If I join, I will restructure the on-call rotation.', "I'll send you my references tonight."],
    source: 'coach',
  },
  {
    id: 'presumption.first-thing',
    polarity: 1, weight: 1,
    pattern: "(?:first thing|day one|the first week|first week|first month|the first day|first day|week one|first couple of weeks|first few weeks|first 90 days|second week),? (?:i'll|i will|i'm going to|i am going to|ill|i'm gonna|i plan to|i'm planning to)",
    example: "My plan is, first week I'll meet every engineer one on one.",
    counterExamples: ['My plan would be, first week I would meet every engineer.'],
    source: 'coach',
  },
  {
    id: 'presumption.my-team-question',
    polarity: 1, weight: 1,
    pattern: "(?:on|in|join|joins|joining|to|of|for|with|onto) my (?:new |future )?(?:team|squad|unit|group|department|desk|floor)(?! at)|(?:is|are|will) my (?:new |future )?(?:team|manager|boss|reports|colleagues)",
    example: "Who's going to be on my team?",
    counterExamples: ['Who would be on the team?'],
    source: 'coach',
    requires: ['question'],
  },
  {
    id: 'presumption.acted-on-it',
    polarity: 1, weight: 1,
    pattern: "(?:i've|i have|i) (?:already )?(?:given|handed in|put in|turned in|submitted|gave|handed) (?:my )?(?:notice|resignation|two weeks)|(?:i've|i have|i) (?:already )?(?:turned down|declined|withdrawn from|withdrew from|cancelled|canceled|stopped) (?:my |the |all )?(?:other )?(?:offers?|interviews?|processes|applications|looking)|(?:i've|i have|i) (?:already )?(?:told|informed|let) (?:my )?(?:current |old )?(?:boss|manager|team|employer|family|landlord|wife|husband|partner|kids|friends) (?:that )?(?:i'm|i am|we're|we are|i'll|i will|know)|(?:i'm|i am|we're|we are) (?:already )?(?:leaving|moving|relocating|planning (?:my|our|the) (?:move|relocation))[a-z ,]{0,40}(?:for|to) (?:this|your) (?:job|role|position|company|team|offer)|already planning (?:my|our|the) (?:move|relocation)|planning (?:my|our|the) (?:move|relocation)|(?:stopped|quit|stop|stopping) (?:interviewing|looking|applying)(?: elsewhere| anywhere else| with others)?|already (?:bought|booked|signed|found|started looking (?:at|for)|put down a deposit on|mapped out|picked out|ordered|planned) (?:a |an |the |my |some )?(?:apartment|house|flights?|lease|place|movers|home|commute|scrubs|uniform|route|outfit|desk)",
    example: "I've already given my notice, so I'm ready whenever you are.",
    source: 'coach',
    blockedBy: ['negation', 'conditional', 'reported', 'question'],
  },
  {
    id: 'presumption.status-claim',
    polarity: 1, weight: 1,
    pattern: "(?:i'm|i am|i'll be) (?:clearly |obviously |definitely |basically |pretty much |already )?(?:your|the) (?:top|front|leading|strongest|first|obvious|lead|number one|#1|clear) ?(?:candidate|choice|pick|contender|runner)|(?:frontrunner|front-runner|front runner|shoo-in|shoo in|shoe-in|lock for (?:this|the) (?:job|role))|(?:the|this) (?:job|role|position|offer|spot|seat) is (?:already |basically |pretty much |practically )?(?:mine|in the bag|a done deal|a formality|just a formality|locked)|(?:in the bag|done deal|just a formality|a mere formality)|we both know (?:i'm|i am|i'll|you're going to|you will|this is)|(?:it's|it is) (?:basically |already |pretty much |practically |all but )?mine|(?:job|role|position|offer|spot)'s (?:basically |already |pretty much )?mine|(?:this|it) (?:is|was|'s) (?:basically |pretty much |all but )?(?:settled|happening|a sure thing|a lock|a given)|(?:strongest|best|top|obvious|clear) (?:candidate|pick|choice) you(?:'ve| have)? (?:got|have|seen|interviewed|met)|we (?:both|all) know (?:where this is going|how this ends)|(?:will be|is going to be) mine|i'm the one(?! (?:who|that|to))|you know i'm (?:the|your)|(?:treating|treat) (?:this|it) as (?:done|a done deal|settled|official)|when you (?:hire|onboard) me|once you (?:hire|onboard) me|after you hire me|(?:when|once|after) (?:we|i) sign|(?:when|once|after) the offer (?:comes|is|goes)|(?:the|my) offer letter",
    example: "My recruiter said I'm the frontrunner, so let's talk about the offer letter.",
    source: 'coach',
    blockedBy: ['negation', 'conditional'],
  },
  {
    id: 'presumption.as-your',
    polarity: 1, weight: 0.8,
    pattern: "as (?:your|the) (?:new|next|incoming) (?:[a-z]+ ){0,2}(?:director|manager|lead|head|vp|engineer|designer|hire|nurse|teacher|analyst|member|architect|developer|owner|specialist|coordinator|supervisor|chef|officer|associate|rep|representative|partner)",
    example: "As your new director, I'd want the roadmap by week two.",
    source: 'coach',
  },
  {
    id: 'presumption.future-here',
    polarity: 1, weight: 0.6,
    pattern: "(?:i'll|i will|i'm going to|i am going to|i'm gonna|ill|we'll|we will|we're going to|we're gonna) (?:[a-z']+ ){0,6}(?:here|your (?:team|teams|customers|clients|patients|students|staff|store|unit|department|office|codebase|pipeline|process|processes|roadmap|backlog|accounts|territory|region|books|stack|platform|kitchen|floor|warehouse|nurses|engineers|reps)|on day one|week one|my first (?:day|week|month|quarter))",
    example: "I'll have your backlog cleared in a month.",
    counterExamples: ["If you hire me, I'll clear your backlog in a month.", "I'll be honest, that's a good question."],
    source: 'coach',
  },
  {
    id: 'presumption.humble',
    polarity: -1, weight: 0.6,
    pattern: "(?:if|when and if) (?:i(?:'m| am| get| were| was| do| end up)|you (?:decide to |choose to )?(?:hire|choose|select|pick|offer)|given the (?:chance|opportunity)|offered the|selected|chosen|hired|fortunate|lucky)|if (?:given|offered) the (?:chance|opportunity|role|job|position)|were i (?:to|fortunate|lucky|selected|offered|hired)|should i be (?:selected|chosen|hired|lucky|fortunate|offered|the)|(?:i'm|i am) not (?:assuming|presuming|taking (?:anything|it|this))|i (?:don't|do not|won't|will not|would never|never) (?:want to )?(?:assume|presume|take (?:anything|it|this|that) for granted)|(?:i|i'd|i would) (?:know|understand) (?:it's|it is|this is) (?:your|a) (?:decision|process)|(?:whoever|the person who) (?:gets|takes|lands|fills) (?:this|the) (?:role|job|position)",
    example: "If I'm lucky enough to join, I'd love to meet the team.",
    source: 'coach',
    blockedBy: ['reported'],
  },
];
