import { describe, expect, it } from 'vitest';
import { normalize, scopesAt, splitSentences } from '../../src/index.js';
import { SCOPE_REACH, SCOPE_RULES } from '../../src/text/scopes.js';

/** The scopes at the first occurrence of `at` in a one-sentence text. */
function scopes(text: string, at: string) {
  const norm = normalize(text);
  const sentence = splitSentences(norm, text)[0]!;
  return scopesAt(norm, sentence, norm.indexOf(at.toLowerCase()));
}

describe('scopes', () => {
  it('negation reaches a few words forward inside the clause only', () => {
    expect(scopes("I'm not assuming my team will move.", 'my team')).toContain('negation');
    expect(scopes("I don't know, but my team will move.", 'my team')).not.toContain('negation');
    expect(scopes("I don't know \u2014 my team will move.", 'my team')).not.toContain('negation');
    expect(scopes("I don't know \u2013 my team will move.", 'my team')).not.toContain('negation');
  });

  it('"yeah no" opens a reply and "no doubt" / "no question" boost: neither negates what follows', () => {
    expect(scopes('yeah no the equity thing matters to me a lot', 'matters')).not.toContain('negation');
    expect(scopes("there's no doubt your brand problem is a pricing problem", 'your brand')).not.toContain('negation');
    expect(scopes('no question your wait times are too long', 'your wait')).not.toContain('negation');
    expect(scopes('I have no interest in the title itself', 'the title')).toContain('negation');
    expect(scopes('there is no budget for my training', 'my training')).toContain('negation');
    // "without a doubt", "no two ways about it": boosters, not negators.
    expect(scopes("Without a doubt I'll be your top biller by Christmas.", "I'll be your")).not.toContain('negation');
    expect(scopes("no two ways about it, I'll run your storytime", "I'll run")).not.toContain('negation');
    expect(scopes("I'd never start without your sign-off on the plan", 'your sign-off')).toContain('negation');
    expect(scopes('without any budget my team will struggle', 'my team')).toContain('negation');
  });

  it('"sorry if…" apologizes for the question; it does not make the sentence hypothetical', () => {
    expect(scopes("Sorry if this is premature, but who will be my onboarding buddy?", 'my onboarding')).not.toContain('conditional');
    expect(scopes("Apologies in advance if it's basic, but where do I send my forms?", 'my forms')).not.toContain('conditional');
    expect(scopes("I'm sorry if I'm early, but if I join, my team will move.", 'my team')).toContain('conditional');
  });

  it('"is it okay if I…" asks permission; its if-clause is the request, not a condition on the sentence', () => {
    expect(scopes('When I start, would it be okay if I left at four on Fridays?', 'when i start')).not.toContain('conditional');
    expect(scopes('Would you mind if I brought my own laptop on my first day?', 'my first')).not.toContain('conditional');
    expect(scopes("It's okay, if I join my team will move.", 'my team')).toContain('conditional');
    expect(scopes("Totally fine if not, but my team would grow.", 'my team')).toContain('conditional');
  });

  it('hedge frames with a modal are not hypotheticals: "I\'d like to think", "I\'d say", "would I be right in thinking"', () => {
    expect(scopes("I'd like to think I'll have our front office running smoother by fall.", 'our front')).not.toContain('conditional');
    expect(scopes("I'd say my team will be the fastest on site.", 'my team')).not.toContain('conditional');
    expect(scopes('Would I be right in thinking my uniform comes out of my first wage?', 'my uniform')).not.toContain('conditional');
    expect(scopes("I'd like to lead my team differently.", 'my team')).toContain('conditional');
    expect(scopes('Would I be on the night shift with my team?', 'my team')).toContain('conditional');
  });

  it('a request with "could you" / "would you" is not a hypothetical; "could you be" / "would you have" still are', () => {
    expect(scopes('Could you sort my parking permit before my first shift?', 'my first')).not.toContain('conditional');
    expect(scopes('Would you send my contract over tonight?', 'my contract')).not.toContain('conditional');
    expect(scopes('Could you be my manager in a year?', 'my manager')).toContain('conditional');
    expect(scopes('I could run my team differently.', 'my team')).toContain('conditional');
  });

  it('"I\'m assuming" is a belief, not a hypothetical; "assuming I get it" is one', () => {
    expect(scopes("I'm kind of assuming I'll be on the Cardiff team.", "i'll be")).not.toContain('conditional');
    expect(scopes("I'm assuming my desk is on the third floor.", 'my desk')).not.toContain('conditional');
    expect(scopes("Assuming I get it, I'll be on the Cardiff team.", "i'll be")).toContain('conditional');
  });

  it('the word after "could you" is read even when a cue starts with it', () => {
    expect(scopes('Could you send my contract to my personal email?', 'send')).not.toContain('conditional');
    expect(scopes('Would you put me on the early shift?', 'put me')).not.toContain('conditional');
    expect(scopes('Could you be my manager in a year?', 'be my')).toContain('conditional');
    expect(scopes('I could send the contract over.', 'send')).toContain('conditional');
  });

  it('"want it confirmed" and the like are not past stories', () => {
    expect(scopes('I want it confirmed today, relocation money included.', 'relocation')).not.toContain('past');
    expect(scopes('I need it signed by Friday, my start date depends on it.', 'my start')).not.toContain('past');
    expect(scopes('It crashed twice, so my team rebuilt it.', 'my team')).toContain('past');
  });

  it('a polite "if that\'s not too cheeky" does not make a plan conditional', () => {
    expect(scopes("I'll pitch a redesign in my first month, if that's not too cheeky.", 'my first')).not.toContain('conditional');
    expect(scopes("I'll pitch a redesign in my first month if it's not too late.", 'my first')).toContain('conditional');
  });

  it('an if-clause makes the whole sentence conditional, before and after the cue', () => {
    expect(scopes('If I join, my team will move to Rust.', 'my team')).toContain('conditional');
    expect(scopes('My team will move to Rust if I join.', 'my team')).toContain('conditional');
    expect(scopes('Were I to join, my team would grow.', 'my team')).toContain('conditional');
    expect(scopes('Should I be selected, I would start with the backlog.', 'start')).toContain('conditional');
    expect(scopes('I would set up one-on-ones with my team.', 'my team')).toContain('conditional');
    expect(scopes('When I start, my team will move.', 'my team')).not.toContain('conditional');
  });

  it('questions: a question mark, or a question opening in unpunctuated speech', () => {
    expect(scopes("What's the bonus?", 'bonus')).toContain('question');
    expect(scopes('so what would success look like for the team', 'success')).toContain('question');
    expect(scopes('When I started at Acme I led the team.', 'led')).not.toContain('question');
  });

  it('reported speech: someone else said it, or it is inside quotes', () => {
    expect(scopes("My recruiter said I'm the frontrunner.", 'frontrunner')).toContain('reported');
    expect(scopes('My old boss always said "just ship it".', 'just ship')).toContain('reported');
    expect(scopes('I told them I need an answer by Friday.', 'need')).not.toContain('reported');
    // A relayed ask is the candidate's own ask (corpus/GUIDELINES.md, "Reported asks").
    expect(scopes('My dad told me to ask about the 401k match.', '401k')).not.toContain('reported');
    expect(scopes('My dad told me the 401k match is generous.', '401k')).toContain('reported');
    // A quote closed before punctuation ("…', so") is closed: what follows is the candidate's again.
    expect(scopes("My old manager used to say 'the deal's made in the box', so in 2020 I rebuilt the desk.", 'rebuilt')).not.toContain('reported');
    expect(scopes("My old manager used to say 'the deal's made in the box, so sell', fine.", 'sell')).toContain('reported');
    expect(scopes("She'd always say 'keep the box tidy", 'tidy')).toContain('reported');
    // ", but I…" ends the reported clause too, as ", so I…" does after a closing quote.
    expect(scopes('My team lead told me to stop escalating refunds, but I kept logging them.', 'kept')).not.toContain('reported');
    expect(scopes('My supervisor told me "the pumps are your problem now", so I rebuilt the station.', 'rebuilt')).not.toContain('reported');
    expect(scopes('My supervisor told me the pumps were old but fine.', 'fine')).toContain('reported');
  });

  it('past tense: a past verb or a past time marker', () => {
    expect(scopes('When I started at Acme, I shadowed support.', 'acme')).toContain('past');
    expect(scopes('Two years ago, my team moved to Rust.', 'my team')).toContain('past');
    expect(scopes('I need a bigger team.', 'team')).not.toContain('past');
    // The subjunctive "were" after "if" is no past story, whoever it is about.
    for (const who of ['I', 'we', 'it', 'she']) expect(scopes(`If ${who} were up to it, I'd want more money.`, 'money'), who).not.toContain('past');
    expect(scopes('They were short-staffed, so I covered nights.', 'nights')).toContain('past');
    // A passive question in the present ("are they provided?") and "from what I saw" are no past story.
    expect(scopes('Do I bring my own knives, or are they provided?', 'my own')).not.toContain('past');
    expect(scopes('Is the uniform free or is it deducted from wages?', 'wages')).not.toContain('past');
    expect(scopes("I'll make sure the parents get a proper handover, from what I saw they get a wave", 'make sure')).not.toContain('past');
    expect(scopes('Were they provided at Acme? They provided mine.', 'mine')).toContain('past');
    // "from / over / of the last year" is a span the object covers, not the time of a story; "last year" alone is.
    expect(scopes("I'd start by reading every near-miss report from the last year.", 'start by')).not.toContain('past');
    expect(scopes("I'd look at the incidents over the last quarter first.", 'look at')).not.toContain('past');
    expect(scopes('Last year my team moved to Rust.', 'my team')).toContain('past');
    expect(scopes('In the last year my team moved to Rust.', 'my team')).toContain('past');
    // "at / in my last job" places what follows in the past.
    expect(scopes('In my last job my start date slipped three times.', 'my start')).toContain('past');
    expect(scopes('At my previous firm my start date slipped twice.', 'my start')).toContain('past');
    expect(scopes('My start date in my new job is the 3rd.', 'my start')).not.toContain('past');
  });

  it('a past story ends where a later clause starts with the candidate\'s own future or modal', () => {
    const story = 'At Trendyol I reduced our cloud spend by 45% in one quarter';
    expect(scopes(`${story}, and I'll do the same for you.`, "i'll do")).not.toContain('past');
    expect(scopes(`${story} and I will do it again here.`, 'i will')).not.toContain('past');
    expect(scopes(`If I did join, I'd want to meet the treasurers.`, 'meet')).not.toContain('past');
    // The story itself stays past, and so does a later clause that goes on telling it.
    expect(scopes(`${story}, and I'll do the same for you.`, 'cloud')).toContain('past');
    expect(scopes(`${story}, and I'll admit we missed the target the year before.`, 'target')).toContain('past');
    expect(scopes(`${story}, and then I moved to Berlin.`, 'berlin')).toContain('past');
    // "If I did join" and a clause-initial "Were the role to open…" are conditionals, not past stories.
    expect(scopes('If we did go ahead, the relocation would matter to me.', 'relocation')).not.toContain('past');
    expect(scopes('Were the role to open in Leeds, the relocation would matter to me.', 'relocation')).not.toContain('past');
    expect(scopes('If I remember right, we did move the relocation forward.', 'relocation')).toContain('past');
    expect(scopes('The nights were long, so the relocation mattered to me.', 'relocation')).toContain('past');
    // So does a present want after the story ("…, so this time I want the senior title").
    expect(scopes(`${story}, so this time I want the senior title.`, 'senior title')).not.toContain('past');
    expect(scopes(`${story}, and I need the same budget I had.`, 'budget')).toContain('past');
    // "I (just) wondered" is a polite present, not a past story.
    expect(scopes('I just wondered, is there any wiggle room on the salary?', 'salary')).not.toContain('past');
    // Without a comma only a future starts a new clause; a hedge such as "I'd like to think" starts none.
    expect(scopes(`${story} so I'd want the same budget.`, 'budget')).toContain('past');
    expect(scopes('I mentored three juniors and, I\'d like to think because of that, two got promoted.', 'promoted')).toContain('past');
  });

  it('an if-clause about the time after the start presumes the job: it does not make the sentence hypothetical', () => {
    expect(scopes("Who do I call if I'm sick during my first week?", 'who do i call')).not.toContain('conditional');
    expect(scopes("If the VPN works on day one, I'll have my first PR up by lunch.", "i'll have")).not.toContain('conditional');
    expect(scopes("When's my first equity vest, assuming I start on the 15th?", 'first equity')).not.toContain('conditional');
    // An if-clause about getting the job, or about anything else, still does.
    expect(scopes("If I get the job, I'll move my team to Rust.", "i'll move")).toContain('conditional');
    expect(scopes('Assuming the offer comes through, my team will move to Rust.', 'my team')).toContain('conditional');
    expect(scopes("If the migration fails, I'll move my team to Rust.", "i'll move")).toContain('conditional');
  });

  it('a courtesy condition at the end ("if there\'s room", "if IT allows it", "unless you\'d rather") is not a hypothetical', () => {
    expect(scopes("My tools can live in your stores, if there's room.", 'your stores')).not.toContain('conditional');
    expect(scopes("I'll keep my laptop setup when I move over, if IT allows it.", "i'll keep")).not.toContain('conditional');
    expect(scopes("I'll bring my own tools on Monday unless you'd rather I use the shop's.", "i'll bring")).not.toContain('conditional');
    expect(scopes("I'll want my old desk by the window, if it's still going.", "i'll want")).not.toContain('conditional');
    expect(scopes("I'll bring my own tools unless the offer falls through.", "i'll bring")).toContain('conditional');
  });

  it('a past story that starts after the cue\'s clause leaves that clause present', () => {
    // The reason told after a clause break does not make the ask before it a story.
    expect(scopes('I need to be fully remote, I moved two hours away last year.', 'fully remote')).not.toContain('past');
    expect(scopes('I want the senior title because I led the team for three years.', 'senior title')).not.toContain('past');
    expect(scopes('I need to be fully remote, I moved two hours away last year.', 'two hours')).toContain('past');
    // A clause with a past form of its own stays past, and so does one with no break after it.
    expect(scopes('Last year I wanted the senior title, so I asked for it.', 'senior title')).toContain('past');
    expect(scopes('I wanted the senior title after I led the team.', 'senior title')).toContain('past');
    // "more of it tied to revenue" is a participle, not a past story.
    expect(scopes("I'd rather have more of it tied to revenue.", 'revenue')).not.toContain('past');
  });

  it('"I was hoping / wondering", hedged or not, is a present wish, not a past story', () => {
    expect(scopes('I was hoping the pay would be higher.', 'pay')).not.toContain('past');
    expect(scopes('I was sort of hoping the pay would be higher.', 'pay')).not.toContain('past');
    expect(scopes("Honestly I was kinda wondering about the bonus.", 'bonus')).not.toContain('past');
    // "I was thinking I'd…" proposes now, like "I was hoping".
    expect(scopes("I was thinking I'd pair with whoever owns the billing service.", 'billing')).not.toContain('past');
    expect(scopes('I was, um, thinking we could rename the tier.', 'rename')).not.toContain('past');
    expect(scopes('I was thinking about it when my manager called.', 'manager')).toContain('past');
    // "…that <a few words> I could…" proposes now too.
    expect(scopes('I was sort of thinking that in my first weeks I could shadow the extension workers.', 'shadow')).not.toContain('past');
    expect(scopes('I was thinking that the whole time we worked there.', 'worked')).toContain('past');
    // "If <anything> were" is the subjunctive, not a past story, whatever the subject.
    expect(scopes('If a four-day week were ever possible, I would want to talk about flexibility.', 'flexibility')).not.toContain('past');
    expect(scopes('The numbers were bad, so I fixed the flexibility rules.', 'flexibility')).toContain('past');
    // A filler or a comma between them (fillers are blanked to spaces before scopes are read).
    expect(scopes('I was, um, sort of hoping there might be some research leave?', 'research')).not.toContain('past');
    expect(scopes('We wondered,   hoping it was over.', 'over')).toContain('past');
    expect(scopes('I was hoping for a raise at Acme, and we got one in May.', 'one')).toContain('past');
    expect(scopes('I was there when the outage hit.', 'outage')).toContain('past');
  });

  it('"proceed", "succeed" and "exceed" are not -ed past forms', () => {
    expect(scopes('Before we proceed further, may I know the compensation range?', 'compensation')).not.toContain('past');
    expect(scopes('I hope we succeed with the launch, so what does the bonus look like?', 'bonus')).not.toContain('past');
    expect(scopes('We proceeded with the launch and the bonus paid out.', 'bonus')).toContain('past');
  });

  it('looks back SCOPE_REACH characters from the cue, no further, within one long sentence', () => {
    // A reporting verb, then filler words without a clause break, then the cue.
    const filler = (chars: number) => 'very '.repeat(Math.ceil(chars / 5));
    const near = `My recruiter said I would ${filler(SCOPE_REACH - 100)}start soon`;
    const far = `My recruiter said I would ${filler(SCOPE_REACH + 100)}start soon`;
    expect(scopes(near, 'start soon')).toContain('reported');
    expect(scopes(far, 'start soon')).not.toContain('reported');
  });

  it.each(Object.entries(SCOPE_RULES).filter(([, r]) => 'example' in r))('rule %s holds in its example', (_id, rule) => {
    const { re, start, example } = rule as { re?: RegExp; start?: RegExp; example: string };
    expect((re ?? start)!.test(normalize(example)) || /\?$/.test(example)).toBe(true);
  });
});
