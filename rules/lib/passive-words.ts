/**
 * The word lists the passive-voice scanner (passive.ts) uses: forms of "be", participles,
 * adjectives that look like participles, and the words around a passive verb. Kept apart from
 * the scanner so each list is easy to find and to extend.
 */

export const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
export const GET = new Set(['get', 'gets', 'got', 'getting', 'gotten']);
export const PAST_BE = new Set(['was', 'were']);

/** Words that may stand between the verb and the participle ("is often used", "was not sent"). */
export const BETWEEN = new Set([
  'not', 'also', 'often', 'always', 'never', 'sometimes', 'usually', 'already', 'still', 'then', 'now', 'all', 'both',
  'each', 'first', 'just', 'only', 'rarely', 'soon', 'again', 'once', 'even', 'generally', 'normally', 'typically',
]);

/** Irregular past participles that make a passive ("was sent", "is given"). */
export const IRREGULAR = new Set([
  'bought', 'brought', 'built', 'caught', 'chosen', 'dealt', 'done', 'drawn', 'driven', 'eaten', 'fed', 'felt', 'forgotten',
  'found', 'given', 'heard', 'held', 'hidden', 'kept', 'known', 'laid', 'led', 'lost', 'made', 'meant', 'met', 'paid',
  'put', 'read', 'run', 'said', 'seen', 'sent', 'set', 'shown', 'sold', 'spent', 'spoken', 'taken', 'taught', 'told',
  'thought', 'thrown', 'understood', 'won', 'written', 'withdrawn', 'undertaken', 'overseen', 'arisen', 'begun', 'broken',
  'bound', 'cut', 'hit', 'let', 'shut', 'spread', 'struck', 'sought', 'sworn', 'torn', 'worn', 'woken', 'stolen', 'frozen',
  'forbidden', 'forgiven', 'hung', 'upheld', 'withheld', 'mislaid', 'misled', 'rebuilt', 'rewritten', 'redone',
]);

/**
 * Participles used as adjectives after "be": "we are committed to", "is based in", "are
 * interested", "is closed on Sundays". Also passives so settled that editors leave them:
 * "is called", "is known as", "are registered with a GP", "are entitled to".
 */
export const ADJECTIVES = new Set([
  'committed', 'based', 'interested', 'concerned', 'involved', 'pleased', 'delighted', 'worried', 'tired', 'married',
  'qualified', 'experienced', 'skilled', 'located', 'situated', 'related', 'dedicated', 'determined', 'prepared', 'supposed',
  'aged', 'advanced', 'bored', 'confused', 'excited', 'surprised', 'shocked', 'scared', 'frightened', 'embarrassed',
  'ashamed', 'annoyed', 'disappointed', 'satisfied', 'dissatisfied', 'relieved', 'exhausted', 'stressed', 'depressed',
  'isolated', 'vaccinated', 'immunised', 'immunized', 'registered', 'entitled', 'titled', 'called', 'named', 'closed',
  'limited', 'detailed', 'complicated', 'sophisticated', 'balanced', 'crowded', 'equipped', 'focused', 'focussed',
  'connected', 'linked', 'associated', 'assured', 'obsessed', 'devoted', 'united', 'mixed', 'used', 'accustomed', 'tied',
  'engaged', 'stuck', 'dressed', 'hooked', 'amazed', 'thrilled', 'honoured', 'privileged', 'proud', 'overjoyed',
  'motivated', 'inspired', 'impressed', 'disabled', 'skewed', 'biased', 'talented', 'gifted', 'retired', 'unemployed',
  'employed', 'self-employed', 'housebound', 'bedbound', 'pregnant', 'infected', 'affected', 'diagnosed', 'inclined',
  'compared', 'alarmed', 'puzzled', 'offended', 'upset', 'hurt', 'lost', 'finished', 'raised', 'swollen',
  'bound', 'meant', 'born', 'licensed', 'trained', 'certified', 'accredited', 'contracted',
  'needed', 'listed', 'shaped', 'sized', 'coloured', 'colored', 'ranked', 'rated', 'priced', 'numbered',
  'subscribed', 'logged', 'frustrated', 'broken', 'overwhelmed', 'distressed', 'bereaved', 'impaired',
  'disadvantaged', 'deprived', 'sighted', 'exposed', 'renowned', 'acclaimed', 'famed', 'esteemed', 'respected',
  'well-known', 'unknown', 'immunosuppressed', 'immunocompromised',
]);

/** Participles that are adjectives before these words: "is made up of", "is known as", "filled with fluid". */
export const ADJECTIVE_BEFORE = new Map<string, Set<string>>([
  ['made', new Set(['up', 'of', 'from'])],
  ['set', new Set(['up', 'out', 'in'])],
  ['built', new Set(['in', 'into'])],
  ['known', new Set(['as', 'for'])],
  ['filled', new Set(['with'])],
  ['covered', new Set(['in'])],
]);

/** "-ed" words that are not verbs, or not participles of one. */
export const NOT_VERBS = new Set([
  'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'learned', 'red', 'bed', 'shed', 'need', 'feed',
  'seed', 'speed', 'indeed', 'deed', 'breed', 'greed', 'bred', 'shred', 'sled', 'wed', 'led', 'fed', 'ragged', 'crooked',
  'aged', 'blessed', 'cursed', 'dogged', 'jagged', 'wretched', 'sledged', 'embed', 'proceed', 'exceed', 'succeed',
]);

/** Words that can follow a passive participle: it is not a noun phrase. */
export const AFTER = new Set([
  'by', 'to', 'in', 'into', 'on', 'onto', 'at', 'for', 'from', 'with', 'within', 'without', 'about', 'as', 'after',
  'before', 'during', 'through', 'across', 'under', 'over', 'until', 'till', 'via', 'if', 'when', 'while', 'where',
  'because', 'so', 'and', 'or', 'but', 'that', 'than', 'unless', 'once', 'again', 'here', 'there', 'now', 'soon',
  'today', 'tomorrow', 'yesterday', 'later', 'first', 'each', 'every', 'up', 'out', 'off', 'back', 'down', 'away',
  'together', 'separately', 'automatically', 'directly', 'online', 'below', 'above', 'annually', 'weekly', 'monthly',
  'yearly', 'daily', 'regularly', 'straight', 'too', 'also', 'yet', 'either', 'against', 'among', 'between', 'towards',
  'toward', 'around', 'throughout', 'upon', 'beyond', 'alongside', 'near', 'per', 'whether', 'which', 'who', 'how',
  'this', 'next', 'last', 'prior', 'ahead', 'since', 'whilst', 'though', 'although', 'except', 'afterwards',
  'beforehand', 'elsewhere', 'nor', 'despite', 'please', 'not',
]);

/** Words in "-ing" that are usually nouns after a participle ("trained nursing staff"). */
export const NOUNS_IN_ING = new Set([
  'building', 'funding', 'training', 'meeting', 'housing', 'nursing', 'parking', 'screening', 'learning', 'planning',
  'spending', 'setting', 'listing', 'booking', 'hearing', 'reading', 'writing', 'feeling', 'clothing', 'bedding',
  'dressing', 'seating', 'lighting', 'heating', 'marketing', 'engineering', 'accounting', 'counselling', 'testing',
  'wellbeing', 'being', 'thing', 'things', 'evening', 'morning', 'spring', 'string', 'ring', 'king', 'wing', 'ceiling',
]);

/** Words of quantity or comparison that may follow a passive verb: "can be repeated several times", "delivered closer to home". */
export const QUANTITY = new Set([
  'several', 'twice', 'more', 'less', 'further', 'many', 'often', 'well', 'early', 'late', 'instead', 'anyway',
  'either', 'closer', 'nearer', 'sooner', 'faster', 'quicker', 'earlier', 'longer', 'better', 'differently',
]);

/** Verbs whose participle alone after "get" is not passive in the sense that matters. */
export const GET_FINE = new Set([
  'vaccinated', 'immunised', 'tested', 'checked', 'involved', 'married', 'dressed', 'started', 'used', 'lost',
  'engaged', 'tired', 'bored', 'stuck', 'paid', 'hurt', 'worried', 'scared', 'confused', 'excited', 'ready',
  'sorted', 'registered', 'screened', 'treated', 'help', 'helped',
]);

/**
 * Verbs with 2 objects: their passive may be followed by a noun ("you are given a leaflet",
 * "she was told the date", "you will be sent a letter").
 */
export const TWO_OBJECTS = new Set([
  'given', 'told', 'sent', 'offered', 'shown', 'awarded', 'granted', 'asked', 'promised', 'taught', 'allowed', 'charged',
  'lent', 'handed', 'issued', 'emailed', 'texted', 'posted', 'refused', 'denied', 'assigned', 'allocated', 'prescribed',
  'paid', 'owed', 'guaranteed', 'sold', 'provided', 'invited',
]);

/** Verbs whose passive may be followed by an adjective or a noun ("deemed unsuitable", "made aware", "kept informed"). */
export const COMPLEMENT = new Set([
  'deemed', 'considered', 'judged', 'declared', 'found', 'made', 'kept', 'rated', 'regarded', 'thought', 'believed',
  'presumed', 'assumed', 'expected', 'elected', 'appointed', 'certified', 'proven', 'proved', 'left',
]);

/** Words after "by" that say how, when or how much, not who: "paid by card", "by the end of May", "by 10%". */
export const NOT_AGENT = new Set([
  'default', 'phone', 'telephone', 'post', 'email', 'e-mail', 'text', 'letter', 'hand', 'car', 'bus', 'train', 'bike',
  'foot', 'road', 'air', 'rail', 'card', 'cheque', 'law', 'end', 'time', 'start', 'beginning', 'middle', 'close',
  'date', 'deadline', 'way', 'amount', 'half', 'third', 'quarter', 'fifth', 'tenth', 'percent', 'far', 'then', 'now',
  'mistake', 'accident', 'chance', 'name', 'appointment', 'referral', 'reason', 'means', 'itself', 'themselves',
  'yourself', 'ourselves', 'myself', 'himself', 'herself', 'day', 'week', 'month', 'year', 'mouth', 'injection',
]);

/** Words that start a noun phrase after "by" and name who does it: "by the board", "by a GP", "by our staff". */
export const AGENT_START = new Set([
  'the', 'a', 'an', 'our', 'your', 'their', 'its', 'his', 'her', 'local', 'each', 'every', 'one', 'some', 'other',
  'another', 'trained', 'specialist', 'independent', 'senior',
]);

/** People who may do something: "by doctors", "by staff". */
export const PEOPLE = new Set([
  'doctors', 'nurses', 'staff', 'people', 'patients', 'clinicians', 'gps', 'pharmacists', 'carers', 'volunteers', 'councils',
  'hospitals', 'teams', 'everyone', 'anyone', 'someone', 'members', 'partners', 'residents', 'us', 'them', 'you',
]);

/** Words that end the name of who does it: "by a nurse who …", "by the team in May". */
export const AGENT_STOP = new Set([
  'who', 'which', 'that', 'to', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'with', 'from', 'of', 'as', 'if', 'when',
  'is', 'are', 'was', 'were', 'will', 'can', 'may', 'has', 'have', 'had', 'be', 'so', 'than', 'then', 'this', 'these',
  'those', 'before', 'after', 'during', 'until', 'by', 'about', 'into', 'over', 'under', 'within', 'without', 'across',
  'first', 'now', 'soon', 'today', 'again', 'also', 'only', 'here', 'there', 'every', 'each', 'later', 'already', 'yet',
  'still', 'too', 'instead', 'once', 'twice', 'where', 'while', 'because', 'unless', 'since', 'not',
]);

/** Words that show a past form is a verb in the active voice, not a reduced passive ("we reviewed by"). */
export const SUBJECT_WORDS = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that', 'have', 'has', 'had', 'having', 'not', 'never',
  'also', 'then', 'and', 'or', 'but', 'to', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets',
]);

/** "who’s offered", "it’s been": the "’s" stands for "is" or "has". */
export const IS_CONTRACTION = /^(who|it|that|there|what|he|she|this|which|everyone|anyone|someone|nobody|one)'s$/;

export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);
/** Short forms of a modal or "have" with "not": "won't be sent", "hasn't been announced". */
export const NEGATED_AUX: Record<string, string> = {
  "won't": 'will', "wouldn't": 'would', "can't": 'can', 'cannot': 'can', "couldn't": 'could', "mightn't": 'might',
  "mustn't": 'must', "shouldn't": 'should', "hasn't": 'has', "haven't": 'have', "hadn't": 'had',
};
export const FUTURE = new Set(['will', 'shall']);

/** Little words that belong to the verb: "rolled out", "carried out", "looked at", "set up". */
export const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'away', 'over']);

export const IRREGULAR_BASE: Record<string, string> = {
  sent: 'send', given: 'give', told: 'tell', made: 'make', taken: 'take', shown: 'show', held: 'hold', kept: 'keep',
  paid: 'pay', done: 'do', written: 'write', seen: 'see', found: 'find', brought: 'bring', bought: 'buy', built: 'build',
  chosen: 'choose', heard: 'hear', known: 'know', met: 'meet', sold: 'sell', spent: 'spend', taught: 'teach', thought: 'think',
  understood: 'understand', withdrawn: 'withdraw', undertaken: 'undertake', led: 'lead', put: 'put', read: 'read', set: 'set',
  created: 'create', cut: 'cut', sought: 'seek', drawn: 'draw', overseen: 'oversee', upheld: 'uphold', withheld: 'withhold', spoken: 'speak',
};

/**
 * Verbs that say how a thing is made, shown or laid out: “links are underlined”, “the page is
 * displayed”, “the guide was written for staff”, “the form has been updated”. Their passive keeps
 * the topic (the thing) first, and the doer (software, a designer) does not matter to the reader,
 * so careful writers use it and editors leave it, unless it speaks of what someone will or may do.
 */
export const THING_VERBS = new Set([
  'updated', 'removed', 'shown', 'displayed', 'hidden', 'revealed', 'deprecated', 'grouped', 'sorted', 'underlined',
  'justified', 'wrapped', 'placed', 'arranged', 'surrounded', 'switched', 'paginated', 'truncated', 'autofilled',
  'uploaded', 'submitted', 'pressed', 'selected', 'entered', 'dragged', 'coded', 'structured', 'referenced', 'refactored',
  'divided', 'separated', 'printed', 'translated', 'filled', 'locked', 'triggered', 'stored', 'labelled', 'formatted',
  'styled', 'aligned', 'rendered', 'loaded', 'nested', 'indented', 'highlighted', 'capitalised', 'abbreviated', 'spelt',
  'spelled', 'designed', 'written', 'read', 'released', 'tested', 'built', 'included', 'ordered', 'numbered', 'listed',
  'linked', 'attached', 'enclosed', 'signed', 'printed', 'bolded', 'centred', 'cropped', 'resized', 'saved', 'downloaded',
]);

/** People as the subject: “you are given”, “patients were told”, “anyone who’s offered a place”. */
export const PERSON_SUBJECTS = new Set([
  'you', 'we', 'she', 'he', 'i', 'anyone', 'everyone', 'someone', 'patients', 'people', 'residents', 'who', 'staff',
  'they', 'carers', 'parents', 'children', 'applicants', 'candidates', 'members',
]);

/**
 * Things a reader does: “information can be found online” → “you can find”. With “can”, “may” or
 * “could”, only these verbs get “you” as the doer; the rest get “we” (“visits can be arranged” →
 * “we can arrange”), as the writer's organisation usually does them.
 */
export const READER_VERBS = new Set([
  'access', 'find', 'view', 'download', 'read', 'see', 'book', 'order', 'use', 'print', 'collect', 'request', 'complete',
  'fill', 'submit', 'reach', 'obtain', 'get', 'buy', 'pay', 'watch', 'renew', 'cancel', 'change', 'return', 'upload',
  'reuse', 'share', 'save', 'open', 'visit', 'search', 'join', 'attend', 'drop', 'follow',
]);

/**
 * Verbs whose hidden doer is rarely the writer's organisation: “you are threatened with
 * homelessness”, “we are required to”, “governors will be elected”, “it is permitted”. No
 * “we …” rewrite is offered for them; the finding asks who does it.
 */
export const NOT_WE = new Set([
  'threatened', 'required', 'permitted', 'allowed', 'elected', 'described', 'underpinned', 'affected', 'caused',
  'influenced', 'driven', 'known', 'believed', 'thought', 'regarded', 'estimated', 'predicted',
  'born', 'injured', 'harmed', 'abused', 'bullied', 'attacked', 'infected', 'exposed', 'evicted', 'discriminated',
  'forced', 'obliged', 'defined', 'governed', 'regulated', 'owned', 'protected', 'covered', 'bound', 'entitled',
  'banned', 'prohibited', 'mandated', 'enforced', 'legislated', 'judged', 'fined', 'sentenced', 'convicted', 'arrested',
  'prosecuted', 'hospitalised', 'killed', 'hit', 'struck', 'funded',
]);

/** Verbs whose passive may be followed by “of”: “the board was informed of”, “you will be notified of”. */
export const OF_VERBS = new Set([
  'informed', 'notified', 'reminded', 'advised', 'warned', 'accused', 'deprived', 'cleared', 'told', 'robbed',
  'stripped', 'convinced', 'persuaded', 'apprised',
]);

/**
 * Words of ADJECTIVES that are verbs after "being": “the ward is being closed”, “after being
 * diagnosed”, “staff are being trained”, “workshops are being set up” (set: ADJECTIVE_BEFORE).
 * Feelings and states stay adjectives: “being interested”, “being worried”, “being married”.
 */
export const VERBS_AFTER_BEING = new Set([
  'used', 'called', 'named', 'closed', 'diagnosed', 'trained', 'registered', 'vaccinated', 'immunised', 'immunized',
  'raised', 'prepared', 'listed', 'compared', 'linked', 'connected', 'isolated', 'licensed', 'certified', 'accredited',
  'contracted', 'limited', 'set', 'needed', 'finished', 'ranked', 'rated', 'priced', 'shaped',
]);

/**
 * Verbs that say what a thing was made for, after “to”: “this leaflet has been written to help
 * you”, “the service is designed to support carers”. Then a passive of THING_VERBS is about
 * someone's purpose, not about how a thing looks, so it counts.
 */
export const PURPOSE_VERBS = new Set([
  'help', 'give', 'make', 'meet', 'support', 'show', 'explain', 'tell', 'provide', 'ensure', 'enable', 'allow', 'reduce',
  'improve', 'protect', 'let', 'keep', 'answer', 'guide', 'inform', 'prevent', 'encourage', 'assist', 'reflect', 'offer',
  'describe', 'set', 'outline', 'increase', 'address', 'reach', 'raise', 'promote', 'deliver', 'cover', 'capture',
  'collect', 'gather', 'identify', 'find', 'check', 'assess', 'answer', 'create', 'build', 'bring', 'share', 'take',
  'get', 'work', 'serve', 'treat', 'care', 'target', 'tackle', 'replace', 'complement', 'sit', 'fit', 'run',
]);

/** Words after a reduced passive with no "by": "needs identified in your plan", "restriction placed on". */
export const REDUCED_NEXT = new Set(['in', 'on', 'with', 'to', 'at', 'from', 'for', 'through', 'across', 'into', 'within', 'under', 'during', 'via']);

/** Words that start a noun phrase: "the", "its", "no". */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'our', 'your', 'his', 'her', 'no', 'any', 'each', 'every', 'some', 'these', 'those', 'all', 'other',
]);

/**
 * Words that govern a noun phrase as their object: prepositions and common verbs ("see its wards
 * replaced"). Not "keep" or "get": "keep your microphone muted" says how to leave a thing.
 */
export const GOVERNS = new Set([
  'of', 'in', 'on', 'with', 'to', 'at', 'from', 'for', 'about', 'into', 'within', 'without', 'under', 'over', 'through',
  'across', 'after', 'before', 'during', 'see', 'sees', 'saw', 'have', 'has', 'had', 'need', 'needs', 'include', 'includes',
  'want', 'wants', 'review', 'reviews', 'find', 'check', 'read', 'use',
]);

/** Verbs of an appeal to people: “are being urged to”, “is being asked to”. */
export const APPEAL_VERBS = new Set(['urged', 'encouraged', 'asked', 'reminded', 'invited', 'advised', 'told', 'warned']);
