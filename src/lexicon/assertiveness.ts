import type { Cue } from './types.js';

/**
 * Assertiveness cues: +1 pushy, over-certain or pressuring; -1 hedged or tentative.
 * An ordinary confident statement ("I led the migration") has no cue here on purpose.
 *
 * Sources: 'coach' = the coaching notes in DEVELOPERS.md and corpus/GUIDELINES.md;
 * hedges and boosters follow Hyland (2005), "Metadiscourse", and the hedge list of
 * Danescu-Niculescu-Mizil et al. (2013); words are our own selection, not copied lists.
 * Editing rules: every cue keeps an example that fires; add a counter-example for each
 * false positive you fix; tune weights on the dev split only.
 */
export const assertivenessCues: readonly Cue[] = [
  // ── pushy: boosters and certainty ─────────────────────────────────────────────
  {
    id: 'assertiveness.no-doubt',
    polarity: 1, weight: 1,
    pattern: "(?:without (?:a|any) doubt|no doubt about it|there's no doubt|there is no doubt|there's no question|there is no question|no question about it|beyond (?:a|any) doubt|no two ways about it|hands down)",
    example: "Without a doubt, I'm the strongest engineer on your list.",
    source: 'Hyland 2005 boosters',
    blockedBy: ['reported', 'question'],
  },
  {
    id: 'assertiveness.booster-adverb',
    polarity: 1, weight: 0.6,
    pattern: '(?:absolutely|definitely|certainly|undoubtedly|unquestionably|obviously|clearly|surely|totally|(?:i\'m|i am|be) (?:100\\s?%|100 percent|a hundred percent|one hundred percent) (?:sure|certain|confident|right|convinced|positive))(?!,)(?! (?:a fun|fun|thrilled|love|loved|delighted|excited|happy|grateful|honored|honoured|enjoy|enjoyed|learned|learnt|appreciate|agree|understand|communicate|communicated|explain|explained|defined|written|documented|of (?:the|my|our|it|them)|sure if|thankful|amazing|fascinated|interested))',
    example: "I'm definitely the right hire for this, obviously.",
    counterExamples: ["I'm absolutely thrilled to be here.", 'I definitely learned a lot from that failure.'],
    source: 'Hyland 2005 boosters',
    blockedBy: ['reported', 'question', 'negation'],
  },
  {
    id: 'assertiveness.guarantee',
    polarity: 1, weight: 1,
    pattern: "i (?:can |will |'ll )?(?:guarantee|promise you|assure you|swear)",
    example: 'I guarantee you will not regret hiring me.',
    source: 'coach',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'assertiveness.certain',
    polarity: 1, weight: 0.8,
    pattern: "(?:i'm|i am) (?:completely |totally |absolutely |100\\s?% |dead |very )?(?:certain|positive|confident that|sure that|convinced)|i know for a fact|i know (?:that )?i(?:'m| am|'ll| will| can)(?! not)|trust me|believe me|mark my words|i'm telling you|let me be (?:clear|frank|blunt)",
    example: "Trust me, I know I'm the one who can fix this.",
    counterExamples: ["I'm not certain that's right."],
    source: 'coach',
    blockedBy: ['reported', 'negation', 'question'],
  },
  // ── pushy: superlative self-claims ────────────────────────────────────────────
  {
    id: 'assertiveness.superlative-self',
    polarity: 1, weight: 1,
    pattern: "(?:i'm|i am|i'd be|i would be) (?:simply |easily |clearly |honestly |really )?(?:the best|the perfect|exactly (?:what|who) you|the only (?:one|person|candidate)|the right (?:person|fit|candidate|choice) for|the strongest|your best|the ideal|the most qualified|the obvious choice|better than (?:anyone|any|every))|(?:no one|nobody|no other candidate|noone)(?: else)?(?: [a-z0-9']+){0,5} (?:better than|like i do|like me|can|could|will|would|has|have|knows|is|negotiates|sells|closes)|you (?:won't|will not|wouldn't|will never|aren't going to) find (?:anyone|anybody|a|someone)|who else (?:are you going to|will you|would you|could you) find|you need me more than|(?:i'm|i am) (?:way |much |a lot )?better than (?:the|your|anyone|any|every|most)|i'm the right (?:hire|fit|person|candidate|choice)|you(?:'d| would) be (?:crazy|foolish|making a mistake) not to|(?:best|perfect|ideal) (?:candidate|engineer|person|hire|fit) you(?:'ll| will|'ve| have)? (?:ever )?(?:find|see|meet|get|talk)",
    example: "Honestly, no one else can do what I do, I'm exactly what you need.",
    counterExamples: ['I try to be the best version of myself at work.'],
    source: 'coach',
    blockedBy: ['reported', 'question'],
  },
  // ── pushy: pressure and closing ───────────────────────────────────────────────
  {
    id: 'assertiveness.deadline',
    polarity: 1, weight: 1,
    pattern: "(?:i|i'll|i will) (?:need|want|expect|have to have|must have|need to have) (?:an answer|a decision|to hear back|an offer|a response|your decision|you to decide|to know|a yes|the offer|it in writing)(?: (?:from you|back))?(?: (?:by|before) (?:end of (?:day|week|the week|the month)|(?:this |next )?[a-z]+day|tomorrow|tonight|next week|eod|eow|the [a-z]+)| (?:by|before|within|today|tomorrow|this week|asap|soon|now))",
    example: 'I need an answer by Friday.',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'question'],
  },
  {
    id: 'assertiveness.lets-close',
    polarity: 1, weight: 1,
    pattern: "let's (?:just )?(?:get this done|get it done|wrap (?:this|it|things) up|close (?:this|it)|make (?:this|it) happen|move (?:forward|fast|quickly|on to)|skip (?:the|to)|cut to|not waste|get (?:to|down to) (?:the|business)|talk (?:numbers|offer|money|salary|terms)|finalize|lock (?:this|it) in|sign|speed (?:this|things) up|be honest,? you)",
    example: "Let's get this done so I can sign this week.",
    source: 'coach',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'assertiveness.other-offers',
    polarity: 1, weight: 1,
    pattern: "(?:i have|i've got|i've had|i'm (?:holding|sitting on|weighing|looking at|considering)|i got) (?:(?:two|three|several|multiple|other|a few|competing|a couple of|a couple|another|better|higher) )+(?:offers?|options|companies|opportunities)|other companies are (?:interested|waiting|ready|chasing)|(?:another|a competing|a better|a higher) offer (?:on the table|in hand|waiting)",
    example: 'I have two other offers on the table, so you should move quickly.',
    source: 'coach',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'assertiveness.what-will-it-take',
    polarity: 1, weight: 1,
    pattern: "(?:what's|what is) it going to take|what do i (?:need|have) to (?:say|do) to get|what (?:will|would|does|is) it (?:take|going to take) to (?:close|get this done|get (?:this|it) signed|sign|make this happen|get me|get an offer|move forward)|(?:take it or leave it|non-negotiable|non negotiable|that's my final|this is my final|my final (?:number|offer|answer)|the bottom line is|bottom line,|end of story)|(?:time is (?:money|ticking)|the sooner the better|i (?:can't|won't|don't) wait (?:forever|long|around|much longer)|i don't have (?:a lot of|much|all the) time)",
    example: 'What will it take to close this today?',
    source: 'coach',
    blockedBy: ['reported'],
  },
  {
    id: 'assertiveness.demand',
    polarity: 1, weight: 0.8,
    pattern: "i (?:expect|demand|insist|deserve|won't accept|will not accept|refuse|won't settle|will not settle|'m not going to settle|am not going to settle)|i'm expecting|you (?:need|have|must|should|'ve got|'d better|better) (?:to )?(?:hire|make me|decide|move|give me|send|get back|pay|match|beat|understand that|realize|know that i)",
    example: 'I expect you to match my current package.',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'question'],
  },
  // ── pushy: imperatives aimed at the interviewer ───────────────────────────────
  {
    id: 'assertiveness.imperative',
    polarity: 1, weight: 1,
    pattern: '(?:send|give|make|email|show|get|tell) (?:me|us) (?:the |an |your |a |that |what )?(?:offer|number|contract|paperwork|details|package|decision|answer|timeline|paper|figure|range|budget|best)|just (?:tell|send|give|make|hire|sign|decide|show|get)',
    example: 'Just send me the offer and we can go from there.',
    source: 'coach',
    blockedBy: ['reported', 'question', 'negation'],
  },

  {
    id: 'assertiveness.shared-certainty',
    polarity: 1, weight: 1,
    pattern: "(?:we both know|we all know|you know (?:i'm|i am|it|you need|you want)|everyone knows|it's obvious (?:that )?(?:i|you)|simple as that|end of story|no question|no exceptions|no way i'm not|there's no way i'm not|or no deal|or i'm (?:taking|walking|going with|out)|or i walk|i'll be blunt|let's be (?:honest|real|clear)|frankly,? (?:i|you)|my numbers speak for themselves|speak for themselves|i don't need to prove)",
    example: "We both know I'm getting this, so can we skip ahead?",
    source: 'coach',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'assertiveness.command',
    polarity: 1, weight: 1,
    pattern: "(?:decide (?:today|now|by|this)|sign (?:me|it|this) (?:up|today|now)|book my|schedule my|put me (?:in front of|on|in charge)|tell (?:hr|the recruiter|your boss|them) to|give me (?:the|a|your)? ?(?:final |best |real )?(?:number|keys|offer|budget|answer|territory|team|region|title)|make it (?:[$€£])?\\d|tell me what the (?:budget|number|range|offer) is|can we (?:just )?(?:get to|skip|move on|wrap|cut)|let's (?:just |go ahead and )?(?:skip|jump|go ahead|talk about my|book|schedule)|watch what happens|i'll give you a yes or no)",
    example: 'Decide today, or I am taking the other offer.',
    source: 'coach',
    blockedBy: ['reported', 'negation'],
  },
  {
    id: 'assertiveness.over-certain',
    polarity: 1, weight: 0.8,
    pattern: "(?:for sure|zero doubt|no doubt|guaranteed|hands down|easily the (?:best|strongest|most)|the best (?:[a-z]+ )?(?:you'll|you will|you've|you have|you're going to) (?:ever )?(?:find|see|meet|get|interview|hire|talk)|(?:there's|there is) (?:nobody|no one)|i never (?:fail|miss|lose|make mistakes)|i always (?:win|deliver|hit|close|exceed|crush)|i know i can|(?:crush|crushed|dominate|dominated|destroy|destroyed) (?:it|them|the|your|my|every|any))",
    example: 'Hands down, I never miss a target.',
    source: 'Hyland 2005 boosters; coach',
    blockedBy: ['reported', 'negation', 'question', 'past'],
  },
  {
    id: 'assertiveness.urgency',
    polarity: 1, weight: 0.8,
    pattern: "(?:move (?:fast|quickly|now)|sooner rather than later|(?:don't|let's not|no need to) waste|i'm not (?:going to|gonna) wait|i won't wait|(?:my|the|their|that) (?:other )?offer (?:expires|is expiring|runs out|ends)|(?:expires|expiring) (?:on |by |in |this |tomorrow|tonight|friday|monday)|by end of (?:day|week|business)|by (?:eod|eow|cob)|right now,? or|today,? or|now or never|clock is ticking)",
    example: 'My other offer expires Friday, so you should move fast.',
    source: 'coach',
    blockedBy: ['reported', 'negation', 'past'],
  },
  // ── hedged: epistemic hedges ──────────────────────────────────────────────────
  {
    id: 'assertiveness.i-think',
    polarity: -1, weight: 0.5,
    pattern: "i (?:think|believe|feel like|feel that|suppose|reckon|assume|gather|imagine)(?! (?:in|so highly|strongly|very strongly))",
    example: 'I think the main issue was the database.',
    counterExamples: ['I believe in shipping small changes.'],
    source: 'Hyland 2005 hedges',
    blockedBy: ['reported'],
  },
  {
    id: 'assertiveness.i-guess',
    polarity: -1, weight: 0.8,
    pattern: "i (?:guess|hope|was hoping|was wondering|wonder|just (?:wanted|thought|wonder))|i'd (?:like to think|say|guess|imagine|hope)|i would (?:like to think|say|guess|imagine|hope)|i'm (?:not (?:entirely |totally |completely |really |100\\s?% |a hundred percent )?(?:sure|certain|positive|confident)|no expert|not (?:really |very |that |super )?(?:an expert|good|great|experienced|qualified|strong) (?:at|in|with)|still learning|probably (?:not|wrong))|i am not (?:sure|certain)|i (?:don't|do not|dont) (?:really )?know(?: (?:if|whether|how|much|exactly|for sure|enough))?|i (?:might|could|may) be wrong|i (?:might|could|may) (?:not )?be (?:off|mistaken|misremembering)",
    example: "I guess I'm not really sure it would work.",
    source: 'Hyland 2005 hedges',
    blockedBy: ['reported'],
  },
  {
    id: 'assertiveness.maybe',
    polarity: -1, weight: 0.6,
    pattern: '(?:maybe|perhaps|possibly|probably|presumably|hopefully|arguably|supposedly|apparently|seemingly|it\'s possible|it is possible)(?! (?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a (?:dozen|hundred|few|couple)))',
    example: 'Maybe I could help with the migration.',
    source: 'Hyland 2005 hedges',
    blockedBy: ['reported'],
  },
  {
    id: 'assertiveness.sort-of',
    polarity: -1, weight: 0.5,
    pattern: "(?<!(?:what|which|the|this|that|any|same|some|every|one|a) )(?:sort of|kind of|kinda|sorta|somewhat|more or less|to some extent|in a way|a little bit|a bit|a little|fairly|relatively|not really)(?! (?:a |an |the )?(?:projects?|work|role|team|people|person|things?|problems?|challenges?|support|culture|candidate|skills?|tools?|customers?|experience|company|job|manager|environment|of|bit|more|longer|bigger|later|earlier|about|than))",
    example: "It was kind of a team thing, I sort of helped.",
    counterExamples: ['What kind of projects would I work on?'],
    source: 'Hyland 2005 hedges',
    blockedBy: ['reported'],
  },
  {
    id: 'assertiveness.seek-approval',
    polarity: -1, weight: 0.8,
    pattern: "(?:if that makes sense|does that make sense|if that's okay|if that's ok|if that's alright|if you don't mind|correct me if|if i'm not mistaken|if i remember (?:correctly|right)|i hope that(?:'s| is) (?:okay|ok|alright|fine|what you)|(?:this|that) (?:might|may|could) be a (?:silly|dumb|stupid|naive|basic) question|(?:sorry|apologies),? (?:if|this|that|but|to|i|for)|i'm sorry|not that i'm an expert)",
    example: 'Sorry, this might be a silly question, if that makes sense.',
    source: 'Danescu-Niculescu-Mizil et al. 2013 (apologizing, hedges)',
    blockedBy: ['reported'],
  },
  {
    id: 'assertiveness.self-minimizing',
    polarity: -1, weight: 0.8,
    pattern: "(?:i'm|i am) not (?:going to|gonna) pretend|i (?:can't|cannot) say (?:i'm|i am|that i)|(?:i'm|i am) not (?:the (?:strongest|best|most)|a [a-z]+ person|great at|very good)|i (?:wouldn't|would not) (?:necessarily |exactly )?(?:say|call myself|claim)|i tend to think|forgive me|off-base|off base|i don't want to overstate|not to overstate|i might be overthinking|i'm probably overthinking|i'm overthinking|people with (?:way )?more experience|would it be (?:weird|okay|ok|rude|alright) (?:to|if)|(?:a|this) (?:dumb|silly|stupid|naive) (?:thought|idea|point)|i'd hoped|i was hoping|thanks for even|i'm no expert|i'm just a",
    example: "I'm not going to pretend I know your codebase after one afternoon.",
    source: 'Danescu-Niculescu-Mizil et al. 2013 (hedges, apologizing); coach',
    blockedBy: ['reported'],
  },
  {
    id: 'assertiveness.modal-hedge',
    polarity: -1, weight: 0.4,
    pattern: "(?:it|that|this|which|i|we) (?:might|may|could) (?:be|help|work|have|maybe|possibly|potentially|not)|(?:i|we) (?:would|'d) (?:try|probably|maybe|possibly)|i(?:'ll| will) try (?:my best|to)",
    example: 'That might help the team a little.',
    source: 'Hyland 2005 hedges',
    blockedBy: ['reported'],
  },
];
