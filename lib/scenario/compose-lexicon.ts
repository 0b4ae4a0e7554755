/**
 * Every phrase the compose checks look for, as regular-expression sources matched whole-word
 * against the normalised, lower-cased reply (see `lib/text/normalise-reply.ts`: straight
 * apostrophes, ASCII hyphens, single spaces). Grouped by what an adviser at a dental defence
 * organisation would object to, so a failed check can say which kind of slip it was.
 *
 * Sources of the rules: the DDU's and MDU's advice on replying to reviews and requests for advice
 * (`/work/shared/seeds/`), and NHS guidance on where to get urgent dental help (NHS 111, 111 Wales,
 * 999 or A&E for swelling that spreads or affects breathing or swallowing).
 */

/** Optional possessive or article before a noun. */
const DET = "(?:the |your |his |her |their |this |that |a |an |my |our )?";

export const LEXICON = {
  /** `no-identifiers`: treatment and clinical terms that would reveal what care someone had. */
  clinicalTerms: [
    'extractions?', 'extracted', 'fillings?', 'crowns?', 'implants?', 'root canals?', 'root canal treatment', 'braces?',
    'whitening', 'bleaching', 'x-?rays?', 'veneers?', 'dentures?', 'bridge(?:work)?', 'check-?ups?', 'check ups?',
    'scale and polish', 'wisdom (?:tooth|teeth)', 'abscess(?:es)?', 'orthodontics?', 'aligners?', 'invisalign',
    'gum disease', 'periodontal', 'an(?:a)?esthetic', 'sedation', 'hygienist appointment', 'temporary (?:crown|filling)',
  ],
  /** `no-identifiers`: days and relative dates (exempt in a sentence that only invites contact). */
  days: [
    '(?:mon|tues|wednes|thurs|fri|satur|sun)days?', '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)',
    'yesterday', 'today', 'tonight', 'tomorrow', 'last (?:week|month|year|night|time)',
    '(?:\\d+|a|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?|years?) ago',
    'earlier this (?:week|month|year)', 'the other day',
  ],
  /** `no-identifiers`: months; "may" and "march" count only beside a day number. */
  months: [
    'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec',
    '\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:may|march)', '(?:may|march) \\d{1,2}(?:st|nd|rd|th)?',
  ],
  /** `no-identifiers`: dates and clock times. */
  datesAndTimes: [
    '\\d{4}-\\d{1,2}-\\d{1,2}', '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}', '\\d{1,2}/\\d{1,2}', '\\d{1,2}(?:st|nd|rd|th)',
    '\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm|a\\.m\\.?|p\\.m\\.?)', '\\d{1,2}:\\d{2}', 'noon', 'midday', 'midnight', "o'clock",
  ],
  /** `no-identifiers`: money, which dates a bill to a person. */
  money: ['£ ?\\d+(?:[,.]\\d+)*', '\\d+(?:[,.]\\d+)* ?(?:pounds|quid|gbp)'],

  /** Words that make a sentence an invitation to get in touch, so the days and times in it are opening hours. */
  contactSentence: [
    'call', 'calling', 'ring', 'phone', 'telephone', 'contact', 'email', 'e-mail', 'message', 'dm', 'get in touch',
    'open', 'opening', 'available', 'in the office', 'in (?:from|on|between)', 'reach', 'pop in', 'drop in', 'lines',
  ],
  /** Words that tie a sentence's day or time to the person's own care, so it stays an identifier. */
  careSentence: [
    `your ${'(?:appointment|treatment|visit|check|crown|filling|procedure|review)'}`, 'you (?:came|were|visited|attended|had|saw|missed|booked)',
    'we (?:saw|treated|fitted|examined|did)', 'when you', 'since you', 'ago', 'last (?:week|month|year|time)',
  ],

  /** `no-confirm-patient`: records, registration, and denials that are themselves disclosures. */
  records: [
    '(?:our|the|my|his|her|their|your) (?:records?|notes|clinical notes|file|system|computer|books)', 'records? (?:show|shows|indicate|say|says|state)',
    'no records?', '(?:not|never|isn\'t|aren\'t|wasn\'t|weren\'t) (?:been )?(?:a |one of our |our |registered )?patients?',
    'not registered', '(?:anyone|anybody|someone|nobody|no one) (?:by|of|with|called) (?:that|this|your) name',
    "(?:can't|cannot|can not|couldn't|could not|don't|do not) (?:find|trace|locate) (?:you|your|any|anyone|them|him|her)",
    'our patients? (?:records?|list)', 'on our (?:books|list|system)',
  ],
  /** `no-confirm-patient`: advice given, appointments missed or kept. */
  adviceGiven: [
    '(?:we|i|the dentist|our dentist|the clinician|he|she|they) (?:had |have )?(?:advised|told|recommended|explained|warned|asked)',
    '(?:you|he|she|they) (?:were|was|had been|have been) (?:advised|told|warned|asked|recommended|booked)',
    'as (?:advised|recommended|discussed|explained)', 'against (?:our|the|medical|clinical) advice', 'the advice (?:we|you|given)',
    "(?:didn't|did not|never|failed to|chose not to) (?:come back|return|attend|turn up|show up|book|follow)",
    `(?:missed|cancelled|canceled|skipped|ignored) ${DET}(?:appointment|review|check|check-?up|follow-?up|recall)`,
    'follow-?up (?:appointment|check|visit|review)', 'review appointment', 'did not attend', "didn't attend", '(?:dna|dnas|dna\'d)',
  ],
  /** `no-confirm-patient`: the care itself, and who provided it. */
  careProvided: [
    `${'(?:your|his|her|their)'} (?:care|treatment|treatments|appointment|appointments|visit|last visit|recent visit|crown|filling|procedure|course of treatment|dentist here)`,
    '(?:the |our )?(?:care|treatment|work|procedure) (?:provided|given|received|carried out|you received|you had|we provided|was (?:appropriate|correct|fine|good|of a high standard))',
    '(?:when|since|after|before) you (?:visited|came|were|attended|saw|had)', 'you (?:attended|visited|came in|were seen|were treated)',
    'we (?:saw|treated|examined|fitted|did) (?:you|your|it|him|her)', 'as your dentist', 'our patient', 'a patient (?:of ours|here|with us)',
    '(?:i am|i\'m|we are|we\'re) (?:satisfied|confident|sure|happy) (?:that )?(?:the|our|your|all|everything)',
    '(?:clinically )?appropriate (?:care|treatment)', 'was (?:clinically )?appropriate',
  ],
  /** `no-confirm-patient`: naming or defending the clinician who treated them. */
  clinicianDefence: [
    "(?:(?:dr|doctor|mr|mrs|ms|miss) [\\p{L}'-]+|dentists?|associate|colleague|clinicians?|hygienist|nurse|he|she|they) (?:is|was|are|were|'s|'re) (?:all )?(?:one of (?:our|the) )?(?:a |an |very |highly |extremely |really |most )*(?:experienced|excellent|skilled|competent|thorough|careful|qualified|professional|respected|caring|brilliant)",
    '(?:did|does|has done) (?:nothing|not do anything) wrong', 'followed (?:the |all |correct |proper |standard )*(?:procedures?|protocols?|guidelines)',
    "(?:not|wasn't|was not|isn't|is not) (?:our|the dentist's|his|her) fault", 'no (?:fault|negligence)',
    '(?:the|your|our) (?:treating|associate) dentist',
    '(?:did|done|tried|doing) (?:everything|all) (?:right|correctly|properly|by the book|we could|they could|he could|she could|possible)',
    "(?:did|done|tried|doing) (?:our|his|her|their|my) (?:very |absolute )?best", '(?:spent|took|gave) (?:a long time|ages|plenty of time|extra time|time) with (?:you|him|her)',
  ],
  /** `no-confirm-patient`: offers made to them. */
  offersMade: [
    '(?:we|i|the practice|the dentist) (?:have |had |did |also )?offered', 'offered (?:you|him|her|them|to)', 'free of charge',
    '(?:full |partial )?refund(?:ed|s)?', 'goodwill', 'at no (?:extra |further )?(?:cost|charge)', 'your money', 'you paid',
    '(?:re-?do|replace|refit|re-?cement|re-?fit|fix) (?:it|the crown|your|the work|the filling)',
  ],

  /** `neutral-tone`: hostile or emotive words. */
  hostile: [
    'liars?', 'lie', 'lies', 'lying', 'ridiculous', 'rude', 'nonsense', 'disgusting', 'how dare', 'pathetic', 'stupid', 'idiots?',
    'outrageous', 'absurd', 'shameful', 'disgraceful', 'appalling', 'troll', 'shame on you', 'unbelievable', 'attack(?:ing)?',
    'rubbish', 'lol', 'wtf', 'ffs', 'whatever', 'get over it', 'grow up',
  ],
  /** `neutral-tone`: legal threats and demands to take the review down. */
  legal: [
    'solicitors?', 'lawyers?', 'legal (?:action|team|advice|proceedings|department)', 'legal', 'sue', 'suing', 'court', 'libel(?:lous)?',
    'slander(?:ous)?', 'defamation', 'defamatory', 'cease and desist',
    '(?:take|taking|took) (?:it|this|that|the review|your review|this review|the post|your post|these comments) down',
    '(?:remove|delete|withdraw|retract|edit) (?:it|this|the|your|these|that)(?: review| post| comment| comments)?',
    '(?:report|reported|reporting|flag|flagged) (?:you|(?:your|this|the) (?:review|post|account|comment))', '(?:fake|false|untrue|malicious|made-up) (?:review|reviews|claims?|accusations?|allegations?)',
    '(?:is|are|was) (?:simply |completely |totally )?(?:untrue|not true|false|fake)',
  ],
  /** `neutral-tone`: defensive statements in public. */
  defensive: [
    '(?:we|i) (?:strongly |completely |totally )?(?:deny|refute|reject) ', 'we stand by', "(?:we|i) take no responsibility", 'not our responsibility',
    '(?:you|he|she) only (?:have|has) (?:yourself|himself|herself) to blame', 'your own fault', "(?:you|he|she) should have",
    "(?:isn't|is not|not|that's not|very|totally|completely) (?:fair|unfair)", 'unfair', 'mate',
  ],

  /** `invite-contact`: wording that invites private contact. */
  inviteContact: [
    'contact', 'contacting', 'call', 'calling', 'phone', 'telephone', 'ring', 'email', 'e-mail', 'get in touch', 'speak (?:to|with)',
    'talk (?:to|with|it through|this through)', 'chat (?:to|with)', 'message us', 'messaging us', '(?:send|drop|write) us (?:a |an )?(?:message|dm|pm|email|e-mail|line|note|private message)',
    '(?:dm|pm|inbox) us', 'direct message', 'private message', 'write to us', 'reach (?:us|out)', 'pop (?:in|into|by|down)', 'drop (?:in|by)',
    'come (?:in|into the practice) (?:and|to) (?:see|speak|talk|chat)', 'give us a (?:call|ring|bell|buzz|message)',
    'ask for (?:our|the) (?:practice manager|manager|reception|receptionist)', 'our (?:reception|front desk) team',
  ],

  /** `no-clinical-advice`: medicines by generic and UK brand name; never excused. */
  medicines: [
    'ibuprofen', 'paracetamol', 'aspirin', 'naproxen', 'diclofenac', 'codeine', 'co-?codamol', 'co-?dydramol', 'dihydrocodeine', 'tramadol',
    'morphine', 'oramorph', 'amoxicillin', 'amoxycillin', 'metronidazole', 'penicillin', 'phenoxymethylpenicillin', 'clindamycin',
    'erythromycin', 'clarithromycin', 'co-?amoxiclav', 'augmentin', 'flagyl', 'benzocaine', 'lidocaine', 'lignocaine', 'chlorhexidine',
    'benzydamine', 'choline salicylate', 'nurofen', 'calpol', 'anadin', 'solpadeine', 'panadol', 'anbesol', 'orajel', 'bonjela',
    'corsodyl', 'difflam', 'sensodyne', 'beechams', 'cuprofen', 'voltarol', 'feminax', 'migraleve', 'syndol', 'listerine', 'iglu',
    'paramol', 'zapain', 'nuromol', 'ultra chloraseptic', 'orabase', 'oraldene', 'savlon',
    '\\d+ ?(?:mg|ml|milligrams?|tablets?|pills?|capsules?|caplets?|tabs)', 'every \\d+ ?(?:hours?|hrs?|h)\\b', '(?:twice|three times|four times|[234] times) a day',
  ],
  /** `no-clinical-advice`: classes of medicine; excused in a sentence that declines to advise ("we can't recommend painkillers"). */
  medicineClasses: [
    'pain ?killers?', 'pain relief', 'pain relievers?', 'analgesics?', 'antibiotics?', 'anti-?inflammator(?:y|ies)', 'anti-?biotics?',
    'numbing gel', 'teething gel', '(?:antiseptic )?mouthwash', 'medication', 'medicines?', 'tablets', 'pills', 'gel',
  ],
  /** `no-clinical-advice`: home remedies and self-care instructions; never excused. */
  remedies: [
    'salt ?water', 'salty water', 'warm salt', 'clove oil', 'cloves?', 'ice ?packs?', '(?:hot|cold|warm) (?:compress|flannel|pack|water bottle)',
    'frozen peas', 'whisky', 'whiskey', 'brandy', 'vodka', 'garlic', 'tea ?bags?', 'baking soda', 'bicarb(?:onate)?', 'hydrogen peroxide',
    'rins(?:e|es|ing)', 'gargl(?:e|es|ing)', 'swill(?:ing)?', '(?:apply|rub|put|hold) (?:it |some |a little )?(?:on|to|against) (?:the|your) (?:gum|gums|tooth|cheek|face|jaw)',
    '(?:sleep|keep your head) (?:propped up|elevated|raised)', '(?:avoid|stay off|cut out) (?:hot|cold|sweet|sugary|hard|chewing|alcohol)',
    'chew on the other side', "(?:you|you'll) (?:should|need to|must|could|'ll need to|might want to) (?:take|use|try|have|get)",
  ],
  /** `no-clinical-advice`: guessing a diagnosis or reassuring about symptoms; never excused. */
  diagnosis: [
    "sounds? like (?!a (?:horrible|rough|awful|miserable|difficult|tough|worrying|really|nasty time))(?:a|an|it|it's|your|the|you(?:'ve| have) (?:got )?(?:a|an))", 'looks? like (?:a|an|you|it|your)', "(?:it's|it is|its|that's|that is|this is) (?:probably|likely|most likely|just|almost certainly|definitely)",
    'probably (?:a|an|your|just|the|nothing|only|from)', '(?:could|might|may) (?:well )?be (?!a good|a great|best|worth|able)(?:a|an|your|just|from|caused|due)',
    '(?:is|are|it\'s|its) (?:perfectly |completely |quite |totally )?(?:normal|common|nothing serious)', '(?:usually|should|will|often|normally|tends to) (?:settle|settles|calm down|go down|clear up|ease)',
    'nothing to worry about', 'wait (?:and see|a few days|it out|a day or two)', 'it\'ll (?:pass|settle)',
    'likely (?:a|an|to be|your)',
    // Assessing from a photo is an examination it cannot be.
    '(?:send|share|post|dm|message) (?:us |me )?(?:a |some |the )?(?:photo|photos|picture|pictures|pic|pics|selfie)',
  ],
  /** `no-clinical-advice`: conditions; excused in a sentence that declines to say ("we can't tell you if it's an infection"). */
  conditions: [
    'abscess(?:es|ed)?', 'infection', 'infected', 'pericoronitis', 'dry socket', 'decay', 'cavit(?:y|ies)', 'gum disease', 'gingivitis',
    'periodontitis', 'cracked tooth', 'wisdom (?:tooth|teeth)', 'impacted', 'sinusitis', 'pulpitis', 'nerve', 'teething',
  ],
  /** `no-clinical-advice`: at least one signpost to someone who can examine or advise them. */
  signposts: [
    '(?:your |their )?(?:own|usual|regular|registered) dentist', 'your dentist', 'a dentist', 'any dentist', 'an? (?:emergency|urgent|nhs) dentist',
    'gp', 'doctor', 'nhs ?111', '111(?: wales| online)?', '999', 'a ?(?:&|and) ?e', 'accident and emergency', 'emergency department',
    'pharmacist', 'pharmacy', 'chemist', '(?:urgent|emergency|same-?day|on-?the-?day) (?:appointment|appointments|slot|slots|dental care|dental service|care|treatment|clinic|line)',
    'see you (?:as an emergency|today|tomorrow|urgently|this (?:morning|afternoon|evening)|first thing)', 'fit you in',
    // Seeing them at the practice is the examination that advice online cannot be.
    "we(?:'ll| will| can| could| would) (?:be happy to |be glad to )?(?:have|take) a (?:proper )?look", '(?:come|pop|drop) (?:in|into the practice|down|by)', 'dental helpline', 'out of hours',
    'dentaline', 'nhs ?(?:direct|online)',
  ],
  /** Words that make a sentence decline to advise, which excuses a class of medicine or a condition named in it. */
  declining: [
    "can't", 'cannot', 'can not', 'unable', 'not able', "won't", 'will not', "couldn't", 'could not', "shouldn't", 'not in a position',
    "isn't possible", 'not possible', "aren't able",
  ],
  /** Acronyms written in capitals that are not shouting. */
  acronyms: ['nhs', 'gdc', 'cqc', 'asap', 'hiw', 'bda', 'faq', 'faqs', 'dpo', 'gdpr', 'nhs111', 'covid', 'dm', 'pm'],
} as const;
