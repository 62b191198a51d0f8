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
  // twenty-first round (z22-z24, processes-m/n): other wordings than the dev lines the alternatives came from
  ['presumption.logistics-question', 'Could I just get my laptop couriered to the Leeds office?'],
  ['presumption.logistics-question', 'What time do I log on for the Tuesday stand-up?'],
  ['presumption.logistics-question', 'Who sits next to me on the support floor?'],
  ['presumption.when-i-start', "Once I'm permanent I'll clean up the on-call rota."],
  ['presumption.when-i-start', "When I'm on the team I'll rewrite the runbooks."],
  ['presumption.when-i-start', "Is there parking for when I'm on the nights?"],
  ['presumption.when-i-start', 'When I get my own caseload I want the Cardiff families.'],
  ['presumption.first-day', "Here's my first-30-days plan, printed."],
  ['presumption.ill-need-access', "I'll need my own workstation in the lab."],
  ['presumption.put-me-on', 'Can you get my name down for the spring induction?'],
  ['presumption.my-here', 'I hope my manager here gives me room to work.'],
  ['presumption.already-one-of-you', "I'm already calling it our pipeline."],
  ['presumption.acted-on-it', "We've put the flat on the market already."],
  ['presumption.skip-to-terms', "So we're basically onto logistics now?"],
  ['presumption.cant-wait-to-start', "I'm ready, just give me the keys."],
  ['presumption.we-plan', "We're going to crush peak season, you and me."],
  ['presumption.start-date', "I'm bringing my own headset in on Monday."],
  ['focus.benefits-and-hours', 'Is there a cycle to work scheme?'],
  ['focus.benefits-and-hours', 'Is death-in-service included?'],
  ['focus.benefits-and-hours', 'Would a job share be possible?'],
  ['focus.own-schedule', "I've got a holiday to Crete already booked in June."],
  ['focus.own-schedule', 'Will I be expected to work Sundays?'],
  ['focus.pay-floor', "I'm only interested if it comes with the senior band."],
  ['focus.pay-floor', "I'm not writing for free, revisions get billed."],
  ['focus.how-much-pay', 'What do your senior agents earn in a good month?'],
  ['focus.how-much-pay', 'What band would I start at?'],
  ['focus.more-pay', 'Honestly, you pay better than the agency.'],
  ['focus.match-offer', "I've a competing offer at 95, just so you know."],
  ['focus.own-terms', 'My own van is a must.'],
  ['focus.own-career', 'Would my business cards say lead?'],
  ['focus.success', 'What would a win look like by March?'],
  ['focus.whoever-you-hire', 'Whoever you hire, they will need to fix the backlog first.'],
  ['focus.contribute', "I'd love to take on your onboarding backlog."],
  ['focus.their-problems', "That's a gap in your evening timetable."],
  ['focus.diagnose-their-problem', "I'd look first at why the tickets reopen."],
  ['focus.what-you-need', 'Tell me what your ward actually needs most.'],
  ['focus.listen-to-them', 'I want to hear what your agents think first.'],
  ['focus.start-by-learning-them', "I'd open with a listening tour."],
  ['focus.good-for-them', "I'd bring some structure to the night desk."],
  ['assertiveness.not-sure', "I'm not a hundred percent on the tariff rules."],
  // asks tied to value in the spent negotiations pe-016 and pf-006 (other wordings)
  ['focus.ask-tied-to-value', "I'd take a bonus tied directly to retiring the old ERP."],
  ['focus.ask-tied-to-value', "I'm happy for my options to be tied to the firm's success."],
  ['focus.value-for-them', "That's worth about two million a year to the group."],
  // twenty-second round
  ['focus.pay-and-perks', 'Is the weekend standby paid, or is it just part of the salary?'],
  ['focus.pay-and-perks', 'When can I book my annual leave, is there a blackout in December?'],
  ['focus.match-offer', "If I resign before March, would you buy my options out?"],
  ['focus.own-career', "I'll be taking the principal analyst title, yes?"],
  ['focus.pay-floor', "That's my number, don't bother coming back with anything lower."],
  ['focus.own-costs', 'Is there any help with parking? The multi-storey is twelve pounds a day.'],
  ['focus.own-costs', "The course fee I'll just put through on expenses, fine?"],
  ['focus.covered-for-me', "I'd love to do the advanced course, would you sponsor that?"],
  ['focus.own-schedule', "I'll be setting my own day rate for the weekend jobs."],
  ['focus.own-schedule', 'Could the shifts fit around my degree? I have lectures on Tuesdays.'],
  ['focus.own-schedule', 'Could I request fixed earlies?'],
  ['focus.ask-number', "I'd be on about 52k with the allowance."],
  ['focus.who-pays', 'Does the company provide the steel-toe boots or do I buy them?'],
  ['focus.flexibility', 'Would hybrid be an option for me, two days a week?'],
  ['focus.whatever-you-need', "Put me on whichever site you're short on and I'll make it work."],
  ['focus.their-troubles-question', 'Are any of the residents unsettled since the move?'],
  ['focus.first-plan', "I'd start by looking at your supplier contracts first, that's where the leakage usually is."],
  ['focus.first-plan', "I'll have the night team trained on the new triage by the end of the quarter."],
  ['focus.their-world', "I'm exactly what you need to clear that maintenance backlog."],
  ['focus.their-world', "I'd like your callers to get one answer, not three transfers."],
  ['presumption.treating-as-formality', "Let's be honest, this round is basically a formality."],
  ['presumption.reported-status', 'My recruiter says the board is rubber-stamping me on Thursday.'],
  ['presumption.my-x-question', "Who's my skip-level, you or Dev?"],
  ['presumption.first-day', "What time does my first night shift start?"],
  ['presumption.my-team-future', 'My engineers will love the new on-call rota.'],
  ['presumption.my-team-future', 'Honestly my new boss seems great.'],
  ['assertiveness.lets-close', "Great, so let's get the paperwork going."],
  ['assertiveness.lets-close', 'Can we get this offer out the door today?'],
  ['assertiveness.superlative-self', "I'm easily the best planner in the region."],
  ['assertiveness.superlative-self', 'I single-handedly rebuilt the rota.'],
  ['assertiveness.ultimatum', "I'm not going in below 60k, full stop."],
  ['assertiveness.no-one-better', "I'd put my safety record up against anyone."],
  ['assertiveness.guarantee', "I'd bet anything your churn halves in a year."],
  ['assertiveness.demand', 'The relocation money better be there before I move.'],
  ['assertiveness.booster-adverb', "Believe me, your backlog won't know what hit it."],
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
  // twenty-first round
  ['presumption.logistics-question', 'How do I log in to the assessment portal?'],
  ['presumption.start-date', "I'm bringing my own kit on Monday for the trial."],
  ['presumption.we-plan', "We'll nail the interview prep first."],
  ['focus.own-schedule', 'Because I live near the depot, I can cover early call-outs.'],
  ['focus.benefits-and-hours', 'I have full schedule flexibility, I can work any shift.'],
  ['focus.more-pay', 'Do you pay more attention to churn or to revenue?'],
  ['focus.own-credential', "I'd ask for a training budget for the data team instead."],
  // twenty-second round
  ['focus.pay-and-perks', "I'd audit the supplier invoices, that's usually where the money goes."],
  ['focus.their-world', 'I just want your decision by Friday.'],
  ['presumption.first-day', 'My first night shift at the old hospital was chaos.'],
];

describe('cue alternatives', () => {
  it.each(fires)('%s fires on %j', (cue, text) => {
    expect(cuesOnly(text)).toContain(cue);
  });
  it.each(silent)('%s stays silent on %j', (cue, text) => {
    expect(cuesOnly(text)).not.toContain(cue);
  });
});
