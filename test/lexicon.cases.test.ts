import { describe, expect, it } from 'vitest';
import { cuesOf } from './helpers.js';

/**
 * Wordings that a cue's alternatives must catch, and near misses they must not, beyond the one
 * example and the counter-examples each cue carries. Each row names the cue; the cues alone are
 * run (the learned layer off), so a row fails exactly when the cue table stops matching it.
 */
const cuesOnly = (text: string): string[] => cuesOf(text, { learned: false });

const fires: Array<[string, string]> = [
  // focus, self
  ['focus.pay-and-perks', 'When does my medical insurance kick in, from the first day or after probation?'],
  ['focus.pay-and-perks', "Let's lock my rate at $28 an hour."],
  ['focus.pay-and-perks', 'If it is not too much to ask, I would need Tuesdays off for my classes.'],
  ['focus.pay-and-perks', 'When will my first contract extension be reviewed?'],
  ['focus.pay-and-perks', 'Is there an increase on renewal?'],
  ['focus.i-want', "When I'm there I'll want my old desk by the window."],
  ['focus.i-want', "I'd prefer to be based in Nairobi and fly in."],
  ['focus.own-limits', "I'd prefer not to work past midnight, it wrecks my sleep."],
  ['focus.own-limits', 'I can only teach between 6 and 10am because of my day job.'],
  ['focus.ask-number', "I'd hopefully want something around 1,200 USD a month."],
  ['focus.ask-number', "I'd want at least a 15% bump to move."],
  ['focus.own-costs', "I'll need you to cover my coworking desk from the first month."],
  ['focus.who-pays', 'Do you cover the transfer fees, or do they come out of my side?'],
  ['focus.own-credential', 'I was hoping the post would count towards my chartership.'],
  ['focus.pay-floor', "I'm not getting out of bed for less than 120k."],
  // focus, employer
  ['focus.listen-to-them', "I'd sit with the cooperative treasurers before changing the record-keeping."],
  ['focus.listen-to-them', 'I want to spend my first weeks talking to the county water officers.'],
  // presumption
  ['presumption.first-day', 'Is my first R&R after six or eight weeks?'],
  ['presumption.first-day', 'Can you pay my first invoice in dollars?'],
  ['presumption.first-day', "I'd kind of hoped my first R&R would line up with my sister's wedding."],
  ['presumption.when-i-start', "When I'm VP of merchandising, I'll sit on the exec committee."],
  ['presumption.status-claim', 'My agency rep reckons I am a dead cert for the perm job.'],
  ['presumption.status-claim', "Honestly you're wasting time with the other applicants."],
  ['presumption.status-news', "Tunde says the hiring manager's already picked me."],
  ['presumption.reported-status', 'The founder basically said on WhatsApp that I am in.'],
  ['presumption.reported-status', "My recruiter said I'm basically the only serious candidate."],
  ['presumption.im-taking-over', "I'm moving your translators off Google Sheets."],
  ['presumption.new-hire-paperwork', 'My salary will go to the Dutch account.'],
  ['presumption.new-hire-paperwork', 'Please make sure my contract says USD, not pesos.'],
  ['presumption.start-date', 'I look forward to working with you and the team from the 1st.'],
  // assertiveness
  ['assertiveness.superlative-self', "I'm exactly what a remote-first startup like yours needs."],
  ['assertiveness.booster-adverb', 'Definitely, definitely, I can do the Sunday shifts.'],
  ['assertiveness.over-certain', "It's the only sane option, trust me."],
  ['assertiveness.ultimatum', "If the sponsorship isn't in writing by Monday, I'm walking."],
  ['assertiveness.ultimatum', 'Relocation and the visa, or I stay in Kyiv.'],
  ['assertiveness.ultimatum', "I want the full amount plus equity, and I'm not moving on either."],
];

const silent: Array<[string, string]> = [
  ['focus.ask-number', 'Any charity that lets me near its Gift Aid process gets a 20% bump.'],
  ['focus.ask-number', 'We need 40 dollars per unit to break even.'],
  ['focus.pay-and-perks', 'My rate of closing deals was the best on the floor.'],
  ['focus.own-limits', 'I can only work with the data your team already has.'],
  ['presumption.first-day', 'My first rotation at the Red Cross was in Juba.'],
  ['presumption.when-i-start', "When I was head of logistics at Acme, we cut costs."],
  ['presumption.status-claim', "I don't want to waste your time with the other stuff."],
  ['presumption.im-taking-over', "I'm moving house next month."],
  ['assertiveness.booster-adverb', 'Definitely, that was a hard project.'],
];

describe('cue alternatives', () => {
  it.each(fires)('%s fires on %j', (cue, text) => {
    expect(cuesOnly(text)).toContain(cue);
  });
  it.each(silent)('%s stays silent on %j', (cue, text) => {
    expect(cuesOnly(text)).not.toContain(cue);
  });
});
