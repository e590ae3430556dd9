"""Personal names: common given names by gender, name particles, capitalised function words that
end no name, page-furniture words, capitalised words that are not names.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Capitalised words that are not names (sentence openers, pronouns, days, months).
NOT_NAMES = frozenset(
    """the a an this that these those he she it they we i you his her its their our my
    there here but and or so yet in on at for if when while after before as however
    meanwhile still also then monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr according earlier later last next today yesterday tomorrow""".split()
)

# Common given names with a strong gender reading in English-language news (for "he"/"she" agreement only;
# a name that is not listed simply stays unknown).
FEMALE_GIVEN_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
    katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
    virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
    martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
    denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
    kayla alexis lori caroline anne annie jane julia jaime erin tracy tracey colleen irene valerie wendy
    yvonne sylvia suzanne sheila monica rita leslie kristen kirsten jenna jill joanne josephine louise
    lucy margot melanie meredith molly naomi nora paula penny rosa rose sally stacy tina vanessa vera
    yolanda audrey claire clara eleanor ella ellen elena eva fiona georgia gillian harriet ingrid iris
    isabel ivy jasmine jocelyn kate katie laurie leah lena lydia mandy marianne marion maureen miriam
    nadia natasha nina olga patty priya renee rosemary shannon sonia stella tanya ursula vicki whitney
    zoe chrystia hillary kamala jacinda marine giorgia kristi kirsty justine chantal genevieve sophie
    isabelle nathalie francine sylvie celine manon chloe amelie agnes beatrice svetlana irina yulia
    natalia oksana ana carmen lucia dolores pilar marta""".split()
)

MALE_GIVEN_NAMES = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    doug zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
    austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
    alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis jake tom tim
    jim bob bill mike steve dave dan ben ted fred ed ken greg jeff rob rick ron tony chris nick matt
    andy pete jon al allan allen alvin barry bernard boris brett calvin cameron carlos cecil clarence
    clayton clifford colin craig curtis dale darren dean derek dominic duncan dustin earl edwin eli
    elliott emmanuel felix floyd francis franklin gavin geoffrey glen glenn gordon graham grant guy
    harvey hector herbert howard hugh ian isaac ivan jamie jared jay jerome jimmy joel johnny jonah
    julian karl kurt lance leo leon leonard lewis lloyd luke malcolm marcus mario martin marvin maurice
    max melvin miguel mitchell murray neil nigel norman oliver oscar owen pedro perry phil preston
    randall reginald rex ricardo rodney ross rudy ruben rufus sam seth shane sidney simon stanley stuart
    theodore todd travis trevor troy vernon victor vladimir wade warren wesley xavier yves zach pierre
    francois jean-pierre jacques andre michel luc marc benoit stephane mathieu sergei sergey dmitry
    alexei alexey mikhail nikolai yuri viktor volodymyr xi recep narendra shinzo joko barack mitt bernie
    lindsey chuck mitch rishi keir hans klaus jurgen wolfgang giuseppe marco luigi antonio francesco
    ahmed mohammed muhammad mohamed ali omar hassan hussein khaled mahmoud tariq yusuf ibrahim abdul
    abdullah""".split()
)

# Words that may stand lower-case inside a name: "Karim al-Hassan", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset(
    "al al- el el- bin ibn bint abu van von der den de del della di da dos das du la le ter ten st. y".split()
)

# Capitalised words that do not start or end a name (sentence openers, pronouns, function words).
FUNCTION_WORDS = frozenset(
    """a an the this that these those there here he she it they we i you his her its their our my your
    in on at by for from with without into onto of off to as if when while after before since until
    but and or nor so yet also then thus however meanwhile still though although because unless
    what which who whom whose where why how all some many most more much few several each every
    no not any other another one both either neither such only even just
    mr mrs ms dr prof sir dame lord lady besides unlike despite during among amid within according
    like via per about above below across
    finally later earlier instead first next now today yesterday tonight recently currently eventually
    ultimately initially previously afterwards additionally similarly likewise indeed perhaps maybe
    clearly certainly unfortunately fortunately luckily sadly moreover furthermore nevertheless
    nonetheless otherwise overall together often sometimes already again yes well""".split()
)

# Words of page furniture that never belong to a name ("Article Continued Below", "READ MORE").
BOILERPLATE_WORDS = frozenset("article continued continues story advertisement photo video watch read more related".split())

# First parts of surnames written with a capital inside ("McAllister", "DeSantis", "VanDyke"): a
# one-word name so written is no brand.
NAME_PARTICLE_PREFIXES = frozenset("Mc Mac De Di Da Du Del Della Dos La Le Van Von Ter Ten St O".split())
