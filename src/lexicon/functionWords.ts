/**
 * Function-word categories for Language Style Matching (Ireland & Pennebaker, 2010), who used
 * nine LIWC categories. LIWC's dictionaries are proprietary, so these are our own lists of
 * common English words for the same nine categories. Contractions count for their first word
 * ("I'm" is a personal pronoun). Editing rules: keep each word in one category; lower case.
 */
export const FUNCTION_WORDS = {
  personalPronouns: "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself they them their theirs themselves i'm i've i'll i'd we're we've we'll we'd you're you've you'll you'd he's he'll he'd she's she'll she'd they're they've they'll they'd",
  impersonalPronouns: "it its itself it's that this these those something anything everything nothing someone anyone everyone nobody somebody anybody everybody what which who whom whose whatever whoever that's what's who's there's",
  articles: 'a an the',
  conjunctions: 'and but or nor so yet because although though while whereas unless since if whether as once until than then also plus',
  prepositions: 'about above across after against along among around at before behind below beneath beside between beyond by despite down during except for from in inside into like near of off on onto out outside over past through throughout to toward towards under underneath up upon with within without via per',
  auxiliaryVerbs: "am is are was were be been being have has had having do does did will would shall should can could may might must isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't couldn't shouldn't mustn't",
  adverbs: 'very really just so too quite also even still already always never often sometimes usually actually basically probably maybe perhaps now then here there again almost only ever rather pretty',
  negations: "no not never none nothing nobody nowhere neither nor cannot without n't",
  quantifiers: 'all any some many much more most few fewer less least several each every both either lots enough half plenty',
} as const;

export type FunctionWordCategory = keyof typeof FUNCTION_WORDS;
export const FUNCTION_WORD_CATEGORIES = Object.keys(FUNCTION_WORDS) as FunctionWordCategory[];

/** First-person singular words: the "me" rate among style markers. */
export const FIRST_PERSON = "i me my mine myself i'm i've i'll i'd";
