"""Verb forms of English: irregular past tenses and participles, auxiliaries and modals, stative,
opinion and change verbs, base verbs, -ed words that are no past tense, -ing adjectives.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Irregular simple-past forms whose past participle is another word ("took"/"taken", "went"/"gone"):
# a past tense only, never an adjective.
IRREGULAR_PAST_ONLY = frozenset(
    """arose awoke was were bore beat became began bit blew broke chose came did dove drew drank
    drove ate fell flew forbade forgot forgave froze got gave went grew hid knew lay rode rang rose
    ran saw shook showed shrank sang sank spoke sprang stole stank strove swore swam took tore threw
    trod undertook underwent woke wore wove withdrew wrote overcame overtook overthrew oversaw
    outgrew outran foresaw retook reran rewrote strode""".split()
)

# Irregular simple-past forms that are the past participle too ("built", "sold", "cut").
IRREGULAR_PAST_PARTICIPLE = frozenset(
    """bent bet bid bled bought bred broadcast brought built burnt burst caught clung cost crept cut
    dealt dreamt dug fed felt fled flung forecast fought found ground had heard held hit hung hurt
    kept knelt laid leapt led left lent let lit lost made meant met misled outbid overbid paid put
    quit read rebuilt recast resold retold said sat sent set shed shone shot shut slept slid slit
    slung sold sought spat sped spent split spread spun stood struck stuck stung swept swung taught
    thought thrust told understood upheld upset wept withheld withstood won wound""".split()
)

# Every irregular simple-past form.
IRREGULAR_PAST = IRREGULAR_PAST_ONLY | IRREGULAR_PAST_PARTICIPLE

# Past participles of irregular verbs (after have/be: "has flown", "was taken").
IRREGULAR_PARTICIPLE = frozenset(
    """arisen awoken been borne beaten become begun bitten blown broken chosen done drawn
    drunk driven eaten fallen flown forbidden forgotten forgiven frozen gotten given gone
    grown hidden known lain ridden rung risen run seen shaken shown shrunk sung sunk slain
    spoken sprung stolen stridden striven sworn swum taken torn thrown trodden woken worn
    woven written withdrawn overcome overtaken overthrown overseen undertaken undergone
    foreseen outgrown rewritten retaken""".split()
)

# Verbs whose -ed form must not be read as a past tense ("need", "speed") or words in -ed
# that are not verbs at all.
NOT_PAST_ED = frozenset(
    """need red bed shed hundred speed seed feed breed creed greed steed weed deed indeed
    sled bred wed naked wicked sacred rugged ragged crooked beloved learned aged kindred
    alleged supposed so-called advanced detailed limited united based related""".split()
)

# Auxiliaries, copulas and modals: never triggers on their own.
AUXILIARIES = frozenset(
    """be is are was were am been being 's 're have has had having do does did
    will would shall should can could may might must ought""".split()
)

MODALS_FUTURE = frozenset("will shall would 'll".split())

MODALS = frozenset("will would shall should can could may might must".split())

# Light verbs that are rarely events themselves.
STATIVE = frozenset(
    """be seem appear remain become belong consist contain mean need own possess
    resemble exist matter""".split()
)

# Verbs of opinion and wish: a state of mind, not an event ("believes passengers will want ...").
OPINION = frozenset(
    """believe believes believed believing think thinks thought thinking hope hopes hoped
    hoping wish wishes wished wishing want wants wanted wanting feel feels felt feeling
    doubt doubts doubted fear fears feared suppose supposes supposed""".split()
)

# Base forms of common news verbs: recognised as base (after to/will/modal), -s, -ing.
VERBS = frozenset(
    """accept accuse achieve acquire act add admit adopt affect agree aim allow announce
    appeal apply appoint approve argue arrest arrive ask assess attack attempt attend award
    back ban bar battle begin believe block boost borrow break bring build buy call cancel
    capture carry cause celebrate change charge cite claim close collapse come comment
    commit compete complete confirm consider continue contribute convict cost create cut
    deal decide declare decline defeat defend delay deliver demand deny deploy describe
    design destroy develop die disclose discover dismiss display do drop earn elect
    eliminate employ end enter escape establish estimate evacuate exceed exchange
    execute expand expect explain explode face fail fall file finalize finance find fire
    fit fix fly focus follow force form found freeze fund gain get give go grant grow
    halt hand head hear help hire hit hold host hurt identify impose improve include
    increase injure intend introduce invade invest investigate invite issue join judge
    kill launch lay lead leave lend lift limit list lose make manage mark meet merge miss
    move name negotiate note offer open operate order organize outline overturn own pass
    pay perform plan play pledge post postpone predict prepare present press prevent
    produce promise propose protect protest prove provide publish purchase push raise
    reach receive recall recover reduce refuse reject release remain remove replace
    report represent require rescue resign resolve respond restart restore restructure
    resume retire return reveal rise rule run sack save schedule secure see seek seize
    select sell send sentence serve set settle shoot show shut sign slash spend split
    start state stop strike submit succeed sue suffer supply support suspend take talk
    target tell terminate test threaten trade train transfer travel try turn unveil
    uphold urge use visit vote wait want warn welcome win withdraw work worsen
    abandon abolish accelerate acknowledge adjust advise allege allocate analyse analyze
    appear arrange assemble assign assist assure authorize avoid bail bankrupt blame
    borrow broadcast calculate campaign celebrate challenge choose clash collide combine
    command commemorate compensate complain conclude condemn conduct confront connect
    construct consult contact contest convert cooperate coordinate cover crash criticise
    criticize cross damage debate decrease dedicate defer demolish demonstrate depart
    deport detain determine disagree disappear discuss dispatch dispute distribute donate
    double drive educate elect emerge emphasise emphasize enable encourage endorse enforce
    engage enhance ensure erupt evaluate examine expel export extend fall fear fight flee
    flood forecast forgive gather govern guarantee hail halve harm import imprison
    inaugurate indict inform inspect install insure interview invent kidnap land lease
    legalize liberate lobby loot lower maintain manufacture march measure mediate modernize
    monitor mourn murder nationalize nominate obtain occupy occur oppose outsell overtake
    participate patrol pause permit persuade plead ponder pray privatize proceed process
    prohibit prosecute protest provoke pursue qualify question quit rally rank rate ratify
    rebuild recommend reconsider record recruit redesign reform refund regain register
    regulate reinstate reiterate relocate rename renew reopen repair repay repeat
    reschedule reserve resist restrict retain retaliate retreat review revise revoke
    ride rob roll sail scrap search shift ship shrink sink slow smuggle soar speak specify
    spread stabilize stage steal stress strengthen study subsidize surge surrender survey
    survive suspect swap sweep switch tackle tax teach testify thank tighten tour track
    transport treat trigger triple undergo undermine unite upgrade vaccinate veto violate
    vow weaken widen wound stay""".split()
)

# -ing words that are adjectives or nouns, not actions ("is forthcoming", "the ongoing talks").
ING_ADJECTIVES = frozenset(
    """forthcoming upcoming ongoing outstanding interesting existing remaining surprising
    disappointing encouraging promising alarming amazing exciting willing morning evening
    nothing something anything everything ceiling during coming""".split()
)

# Verbs of change: "rose from 5% to 7%" is two figures, not a range. Past participles too ("have risen
# to", "had fallen by"); not nouns that measure ("a sink 60 cm wide", "dives 30 metres", "a slide").
CHANGE_VERBS = frozenset(
    """rose rise rises rising fell fall falls falling increased increase increases increasing decreased
    decrease decreases dropped drop drops climbed climb climbs jumped jump jumps slipped slip declined
    decline declines cut cuts raised raise raises reduced reduce reduces grew grow grows
    lowered lower boosted boost soared soar plunged plunge plummeted tumbled slid gained gain lost
    surged surge sank dipped shrank expanded widened narrowed improved moved changed revised
    upgraded downgraded added adds adding shed sheds eased eases edged edges advanced advances firmed
    rocketed skidded slumped slumps rallied rallies rebounded rebounds retreated retreats spiked leapt
    leaped crept inched dived dove recovered recovers climbing jumping gaining losing shedding
    widening narrowing trimmed trims hiked hikes slashed slashes doubled tripled halved
    regain regained regains regaining recoup recouped recoups pared pares ticked sagged skyrocketed
    nosedived weakened strengthened appreciated depreciated swelled ballooned contracted shrunk
    risen fallen grown sunk shrunken swollen sinks sinking shrinks shrinking soars soaring plunges plunging
    tumbles tumbling dips dipping surges surging slumping lifted lift lifts bumped bump bumps upped""".split()
)

# Verbs of change that take an object before the amount ("raised the wage by $1", "cut rates by half a
# point"): an amount right after them is no change ("raised $5 million" is money raised).
TRANSITIVE_CHANGE_VERBS = frozenset(
    """cut cuts raised raise raises reduced reduce reduces lowered lower boosted boost revised upgraded
    downgraded moved changed trimmed trims hiked hikes slashed slashes pared pares lifted lift lifts bumped bump
    bumps upped""".split()
)

# Verbs of losing: "shares lost 2%" is a change, "the firm lost $5 million" a sum lost.
LOSS_VERBS = frozenset("lost lose loses losing".split())

# Verbs of change whose subject is the quantity that moved: an amount right after them is the change
# ("rose 3%", "fell 200 points", "regained 45 cents").
MOVE_VERBS = CHANGE_VERBS - TRANSITIVE_CHANGE_VERBS

# Verbs of change that also move things to a place or add them to a whole: "to" after them gives no
# level ("moved 500 workers to 20 sites", "added two rooms to the house").
PLACE_CHANGE_VERBS = frozenset("moved changed added adds adding".split())

# Verbs that make "from A to B" a range even in a sentence of change ("fees ranging from 2% to 9%").
RANGE_VERBS = frozenset("range ranges ranged ranging vary varies varied varying".split())

# Verbs before "up" that do not make a change ("they make up 30 to 40 percent of the staff").
PHRASAL_UP = frozenset("make makes made making add adds added adding sum sums set sets step speed".split())

# Words that never start a verb phrase after "may"; used to tell the month from the modal.
MODAL_FOLLOWERS = frozenset(
    """be have not also never well still soon even only already just seem need want become
    face find get go give help make take come lead cause result rise fall decline increase
    affect allow require continue try use see include provide remain begin lose win""".split()
)

# Irregular simple-past verbs (the regular ones end in -ed) are cues that a clause reports the past;
# forms that are also present tenses or nouns ("cut", "set", "read", "ground") say nothing of tense.
NOT_TENSE_CUES = frozenset("beat bet bid burst cost cut hit hurt let put quit read set shed shut slit split spread thrust upset ground dove".split())

PAST_TENSE_CUES = IRREGULAR_PAST - NOT_TENSE_CUES

BE_FORMS = frozenset("be is are was were been being am 's 're".split())
HAVE_FORMS = frozenset("have has had having 've".split())

# Finite forms of be and have: the verb of a clause that states rather than acts.
FINITE_STATES = frozenset("is are was were has have had".split())

# Verb forms that work as prepositions ("including", "given the cost").
PREPOSITION_LIKE = frozenset("including compared according regarding concerning following given".split())

# Raising words before "to": the event is the verb that follows ("is expected to rise").
RAISING = frozenset("expected going supposed set due likely".split())

# Modals of a hypothesis ("could carry"); "would" is one unless a report states it.
HYPOTHETICAL_MODALS = frozenset("could should may might must can cannot ought".split())

# Cues that the clause of a time expression looks ahead (the time is in the future): modals, verbs of
# plan and schedule, verbs of starting and ending in the present tense, "as soon as".
FUTURE_CUES = (
    "will", "would", "won't", "shall", "'ll", "going to", "plan to", "plans to", "planning to",
    "planned", "scheduled", "expected to", "expect", "expects", "set to", "due", "is to", "are to",
    "supposed to", "is set for", "are set for", "intend to", "intends to", "hope to", "hopes to",
    "upcoming", "begins", "starts", "opens", "expected", "slated", "resumes", "reopens", "ends",
    "closes", "convenes", "kicks off", "takes effect", "goes on sale", "premieres", "as soon as",
    "as early as", "no later than", "decided to", "agreed to", "vowed to", "promised to", "pledged to",
    "voted to", "aim to", "aims to", "want to", "wants to", "seek to", "seeks to", "prepare to",
    "prepares to", "preparing to", "forecast to", "projected to", "predicted to", "poised to",
)

# Verbs of a timetable: in the simple present they schedule ("the board meets Thursday", "talks
# resume Friday", "the offer expires Friday"), the -s form and the plural's bare form (the bare
# form is read only after a plural in -s, not after be, have, "to" nor a negation: "was open").
SCHEDULE_VERBS = ("meet", "resume", "expire", "close", "open", "begin", "start", "end", "convene", "reconvene",
                  "reopen", "hold", "run", "continue", "last", "finish", "launch", "kick off", "take effect")

# Before a date: prepositions of a deadline or a limit; with no tense cue in the clause the date lies
# ahead ("applications close at noon", "the forms are in by Friday").
DEADLINE_PREPOSITIONS = ("by", "before", "until", "till", "no later than", "not later than")

# Before "until": a cue that the time is a deadline ahead ("postponed until Tuesday").
DEFER_CUES = (
    "postpone", "postponed", "postpones", "delay", "delayed", "delays", "adjourn", "adjourned",
    "adjourns", "defer", "deferred", "defers", "extend", "extended", "extends", "has given",
    "have given", "had given", "has been given", "have been given", "had been given", "gave", "granted",
    "grants", "deadline", "suspend", "suspended", "suspends", "recess", "recessed", "recesses",
    "has until", "have until", "put off", "pushed back",
)

# Before an event named by its day ("ahead of Sunday's vote"): the clause looks ahead.
AHEAD_CUES = ("ahead of", "upcoming", "will", "'ll", "shall", "going to", "in time for", "until", "till")
