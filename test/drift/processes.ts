import type { Process } from '../../src/index.js';

/** Processes written for each drift case. Each round mixes neutral lines with the case's cues. */
export const neutral = [
  'I spent four years on the billing platform at Corvid.',
  'Most of my work was on the ledger and the payout scheduler.',
  'I usually start a project by writing a short design doc.',
  'The team was six engineers and a product manager.',
  'We deployed twice a week.',
  'I like code review because it spreads knowledge around.',
];
const steady = [
  'I think the main risk was the data migration.',
  'What are the biggest problems your team is facing this year?',
  'At Corvid I led the move of the ledger to Postgres, which cut latency by 40%.',
  'Maybe I could help with the reconciliation backlog.',
];
const steadyB = [
  'I guess the hardest part was getting buy-in from finance.',
  'How does your team decide what to build next quarter?',
  'Last spring I rewrote the payout retries and failed payouts fell from 300 a day to 12.',
  'I think I could probably learn your stack quickly.',
];

export const stable: Process = {
  candidate: 'Sam',
  rounds: [
    { id: 'screen', label: 'Phone screen', answers: [...steady, ...neutral.slice(0, 3)] },
    // Twice as long, different content, same tone.
    { id: 'onsite', label: 'Onsite', answers: [...steadyB, ...neutral, ...steady.map((s) => s.replace('Corvid', 'Acme')), ...neutral.slice(3)] },
  ],
};

const pushy = [
  "Let's get this done, I need an answer by Friday.",
  'I guarantee you will not find anyone better.',
  'I have two other offers on the table.',
  "Honestly, I'm exactly what you need, no question.",
];
const presumptive = [
  "When I start, I'll move my team to weekly releases.",
  'Where will my desk be?',
  "On my first day I'm going to meet every engineer.",
  'What laptop will I get on Monday?',
];
const selfish = [
  "What's the bonus structure?",
  'How many vacation days do I get?',
  'I need to be fully remote.',
  'How soon could I be promoted to staff?',
];
const stories = [
  'At Corvid I led the ledger migration, which cut latency by 40%.',
  'Last spring I rewrote the payout retries and failures fell from 300 a day to 12.',
  'When our checkout crashed on Black Friday, I ran the incident and we were back in 20 minutes.',
  'In 2023 I convinced finance to fund a second QA engineer, and escaped defects dropped 30%.',
  'I took over a failing vendor integration and shipped it in three weeks with zero downtime.',
];

const screen = { id: 'screen', label: 'Phone screen', answers: [...steady, ...neutral] };
export const closing: Process = { rounds: [screen, { id: 'final', label: 'Final', answers: [...steadyB.slice(1, 3), ...neutral, ...pushy] }] };
export const inTheBag: Process = { rounds: [screen, { id: 'final', label: 'Final', answers: [...steady.slice(0, 3), ...neutral, ...presumptive] }] };
export const selfFocus: Process = { rounds: [screen, { id: 'offer', label: 'Offer call', answers: [...steady.slice(0, 1), steady[2]!, ...neutral, ...selfish] }] };
export const moreStories: Process = { rounds: [{ id: 'screen', label: 'Phone screen', answers: [steady[0]!, steady[1]!, steady[3]!, ...neutral] }, { id: 'onsite', label: 'Onsite', answers: [steadyB[0]!, steadyB[1]!, steadyB[3]!, ...neutral, ...stories] }] };
export const reversal: Process = {
  rounds: [
    screen,
    { id: 'onsite', label: 'Onsite', answers: [...steadyB.slice(1, 3), ...neutral, ...pushy] },
    { id: 'final', label: 'Final', answers: [...steadyB, ...neutral] },
  ],
};
