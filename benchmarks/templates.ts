/**
 * Sentence templates for the transcript generator: plain data, one list per kind of sentence.
 * `{slot}` is filled by `fill.ts`; a trailing digit (`{tool2}`) draws the same list again.
 * The kinds follow corpus/GUIDELINES.md: most candidate sentences are neutral, some carry a cue.
 */

/** Kinds of candidate sentences. */
export type CandidateKind =
  | 'neutral'
  | 'story'
  | 'hedge'
  | 'booster'
  | 'presumptive'
  | 'conditional'
  | 'employerQ'
  | 'selfQ'
  | 'negotiation'
  | 'generic'
  | 'courtesy';

export const CANDIDATE: Readonly<Record<CandidateKind | 'storyMore', readonly string[]>> = {
  neutral: [
    "I've been a {role} for {years} years, mostly working with {tool} and {tool2}.",
    "Right now I'm at {company}, where I work on {topic}.",
    'Before that I spent {years} years at {company2}.',
    'Most of my week is split between {activity} and {activity2}.',
    'I enjoy {activity}.',
    'We use {tool} for most of that work.',
    'The team there is about {teamSize} people.',
    'I studied {field} at {school}.',
    'My background is mostly in {topic}.',
    'I like to get involved early, before the requirements are written.',
    'That role taught me a lot about {topic}.',
    'I usually start by talking to the people closest to the problem.',
    "I write things down, so decisions don't get lost.",
    'I moved into this kind of work after a few years in {field}.',
    'The hardest part of {topic} is usually the people side.',
    'I read your post on {topic} and it matched how I approach it.',
    'I prefer small, frequent changes over big launches.',
    'That depends on the size of the team.',
    'We had weekly reviews with {stakeholder}.',
    'I was the only {role} on a team of {teamSize}.',
    'My manager there and I met every week.',
    'I left {company2} after a reorg merged our team into another group.',
    "Yes, I've done that a few times.",
    'For me, {value} matters more than {lesser}.',
    'I work closely with {stakeholder} on most projects.',
    'We release {cadence}.',
    'A lot of my time goes into {activity}.',
    'My current role is a mix of {topic} and {topic2}.',
    "The first thing I look at is who's affected and how badly.",
    "I'd describe my style as direct but collaborative.",
    'Feedback works best for me when it comes early and in person.',
    'I keep a running doc of decisions and open questions.',
    "I'm at {company} now, on the {topic} side.",
    'We had {teamSize} people and a pretty small budget.',
    'My weakness is probably {weakness}, and I work on it.',
    'That was before we used {tool}.',
    'The role is mostly hands-on, with some planning.',
  ],
  story: [
    'At {company} I led {project} and cut {metric} by {pct}.',
    '{when}, {incident}, so I {action}.',
    'For example, when {incident}, I {action}.',
    'In {year}, {incident}, and I {action}.',
    'Two years ago I took over {project} when it was {weeks} weeks behind, and we shipped it on time.',
    'At {company2}, {incident}, so I {action}.',
    'One example: {when} {incident}, and I {action}.',
    'I ran {project} at {company}, and {metric} dropped {fromTo} in one quarter.',
    'When I joined {company}, {metric} was the biggest complaint, so I owned {project}.',
  ],
  storyMore: [
    'We shipped it in {weeks} weeks and {metric} fell {pct}.',
    'That saved us about {money} a year.',
    'Within a month, {metric} was down {pct}.',
    'After that, {metric} went {fromTo}.',
    'I wrote up what happened and shared it with {stakeholder}.',
    'It took about {weeks} weeks, and I presented the results to leadership.',
    'We never had that problem again.',
    'The {teamSize} of us got it done before the deadline.',
    'My manager asked me to run the same playbook on {project}.',
    'That cut {metric} by {pct} over the next quarter.',
  ],
  hedge: [
    'I think {opinion}.',
    "I'm not sure, but {opinion}.",
    'Maybe {opinion}, if that makes sense.',
    "I guess I'd say {opinion}.",
    'It was sort of {adj}.',
    "I'm kind of new to {topic}, to be honest.",
    "I'm not really an expert in {tool}.",
    'Probably {opinion}.',
    'Hopefully that answers the question.',
    'I might be wrong, but {opinion}.',
    "Sorry, this is probably a silly question, but how big is the team?",
    "I'd like to think I'm pretty good at {activity}.",
    'I could perhaps help a little bit with {topic}.',
    "I don't know, I think it went okay.",
    'It was kind of {adj}, I guess.',
  ],
  booster: [
    "I'm definitely the right person for this role.",
    'Absolutely, {opinion}.',
    "There's no question I can do this job.",
    'I guarantee I can {plan} in {weeks} weeks.',
    'I need an answer by {day}.',
    'I have {offers} on the table, so we need to move quickly.',
    "Let's get this done.",
    'Obviously {opinion}.',
    "I'm the best {role} you'll talk to this {period}.",
    'Just send me the offer and we can sort out the details.',
    'What will it take to close this today?',
    "100%, I've done this before.",
    'Without a doubt, {opinion}.',
    "I'm exactly what you need.",
    "Tell me the number and let's wrap this up.",
  ],
  presumptive: [
    "When I start, I'll {plan}.",
    "On my first day I'm going to {plan}.",
    "Once I'm on the team, I'll {plan}.",
    'My team will {plan} in the first quarter.',
    'When do I get my laptop?',
    'What time should I show up on {weekday}?',
    'Who will I report to when I start?',
    "I've already given notice at {company}.",
    "I know I'm your top candidate.",
    "My recruiter said I'm the frontrunner.",
    "I'll be moving the team to {tool}.",
    "I turned down my other offers since this is happening.",
  ],
  conditional: [
    "If I'm lucky enough to join, I'd {plan}.",
    "If I did join, I'd want to meet the team first.",
    'I would love to work on {topic}.',
    "Should I be selected, I'd start by listening.",
    "Were I to join, I'd probably {plan}.",
    "I'm not assuming anything, but I'd want to {plan}.",
    'If it works out, I would {plan}.',
  ],
  employerQ: [
    "What's the biggest challenge your team is facing right now?",
    'What would success look like for this role in {timeframe}?',
    'How can I help you hit {goal}?',
    'What are your customers asking for most?',
    'Where does the team struggle with {topic} today?',
    "What's the one thing you'd want the person in this role to fix first?",
    'How does the team measure {metric}?',
    "I'd want to understand your customers first.",
    'What worries you most about {goal}?',
    "What's getting in the way of {goal}?",
  ],
  selfQ: [
    "What's the bonus structure?",
    'How many vacation days do I get?',
    'I need to be fully remote.',
    'How soon could I be promoted?',
    "What's the equity package like?",
    'I want {salary}.',
    'I need a role where I can grow.',
    'Is there a conference budget for me?',
    "What's in it for me?",
    'Can I work from home on Fridays?',
    'What title would I get?',
  ],
  negotiation: [
    "Given that I'd own {project}, I'm asking for {salary}.",
    'Since the role covers {topic} and {topic2}, {salary} reflects that scope.',
    "Based on what I delivered on {project}, I'm asking for {salary}.",
  ],
  generic: [
    "I'm a hard worker.",
    "I'm passionate about {topic}.",
    'I always go above and beyond.',
    "I'm a team player.",
    'I care a lot about {topic}.',
    "I'm a fast learner.",
  ],
  /** Opens a round's first answer. */
  courtesy: [
    'Thanks for taking the time today.',
    'Thanks for having me.',
    "That's a great question.",
    'It was great to meet {otherInterviewer} earlier.',
    "Thanks, it's good to be here.",
  ],
};

/** Clauses for hedges and boosters: opinions, not claims about the job. */
export const OPINIONS: readonly string[] = [
  'the first step is talking to the users',
  '{tool} would be a reasonable choice here',
  'testing earlier saves time later',
  'the process there was a bit heavy',
  'small teams move faster',
  'that was the right call at the time',
  '{topic} is where most teams struggle',
  'we could have shipped sooner',
  'I can get up to speed on {tool} quickly',
  'the data would tell us where to start',
  'it comes down to clear ownership',
  "{stakeholder} should be in the room earlier",
];

/** How a candidate ends their questions. */
export const THANKS: readonly string[] = [
  'Thank you for your time.',
  'Thanks, this was really helpful.',
  'Thanks for walking me through all of that.',
  'Great, thank you.',
];

/** Questions a candidate asks when nothing is at stake. */
export const NEUTRAL_QUESTIONS: readonly string[] = [
  'What does the interview process look like from here?',
  'How is the team split between offices?',
  'Which tools does the team use day to day?',
  'How did you end up at {employer}?',
  'How does planning work on the team?',
];

/** Kinds of interviewer sentences. */
export type InterviewerKind = 'question' | 'behavioral' | 'followUp' | 'greeting' | 'statement' | 'closing';

export const INTERVIEWER: Readonly<Record<InterviewerKind, readonly string[]>> = {
  question: [
    'Can you walk me through your background?',
    'What drew you to this role?',
    'How do you approach {topic}?',
    'How do you work with {stakeholder}?',
    'Why are you looking to leave {company}?',
    'Where do you see yourself in {years} years?',
    'What would you do in your first 90 days?',
    'How would you handle {situation}?',
    'What are your salary expectations?',
    'How would you approach something like {project}?',
    "What's your experience with {tool}?",
    'What kind of manager brings out your best work?',
    'How do you decide what not to do?',
  ],
  /** Questions that ask for a war story: the answer opens with one. */
  behavioral: [
    'Tell me about a time you {challenge}.',
    "What's a project you're proud of?",
    'Can you give me an example of how you handled {situation}?',
    'Walk me through the hardest problem you solved at {company}.',
    'Tell me about a time you had to deal with {situation}.',
  ],
  /** After a war story. */
  followUp: [
    'What did you learn from that?',
    'How did the team react?',
    'What would you do differently?',
    'How did you measure that?',
    'What was the hardest part?',
    'Who else was involved?',
  ],
  /** The first turn of a round. */
  greeting: [
    'Thanks for making the time, {me}.',
    "Hi {me}, thanks for joining. I'm {interviewer}, I lead {dept} here.",
    "Hi {me}, good to meet you. I'm {interviewer}.",
    "Thanks for coming in, {me}. I'm {interviewer}, I'll be your {dept} interviewer today.",
    'Hey {me}, thanks for your patience with the scheduling.',
  ],
  statement: [
    "Great, that's helpful.",
    "When you join, you'll own {project}.",
    "We're a team of {teamSize}, and we ship {cadence}.",
    'The role reports to {otherInterviewer}, our head of {dept}.',
    'Let me tell you a bit about the team.',
    "Right now we're focused on {goal}.",
    'That makes sense.',
    'We moved to {tool} last year.',
    "Honestly, {topic} is the area we're weakest in.",
    'Interesting.',
  ],
  closing: [
    'Do you have any questions for me?',
    'We have a few minutes left. Any questions for me?',
    'What questions do you have for us?',
    "That's all from my side. Anything you'd like to ask?",
  ],
};

/** Round labels in the order a process runs through them. */
export const ROUND_LABELS: readonly (readonly string[])[] = [
  ['Phone screen', 'Recruiter call', 'Intro call', 'Screening call'],
  ['Technical interview', 'Hiring manager', 'Case study', 'Portfolio review', 'Skills interview'],
  ['Onsite', 'Panel', 'Team fit', 'Virtual onsite'],
  ['Final round', 'Offer call', 'Executive interview', 'Reference chat'],
];

/** How later rounds lean: multipliers on candidate kinds, reached in the last round. */
export const SCENARIOS: Readonly<Record<string, Partial<Record<CandidateKind, number>>>> = {
  stable: {},
  'more-examples': { story: 2.5 },
  'closing-the-deal': { booster: 4 },
  'in-the-bag': { presumptive: 5, conditional: 0.3 },
  'self-focus': { selfQ: 5, employerQ: 0.3 },
  'losing-confidence': { hedge: 3, booster: 0.3 },
  negotiation: { negotiation: 6, employerQ: 1.5 },
};
