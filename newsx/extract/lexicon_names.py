"""Vocabulary of names shared by the extractors: given names, and small word classes."""
from __future__ import annotations

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

# Determiners and possessives that open a noun phrase ("the winter report", "a tweet", "her statement").
DETERMINERS = frozenset("a an the its his her their our my your this that these those every each".split())

# Words ending in -ly that are nouns (or "early", "daily", "weekly"), not adverbs ("the family said").
LY_NOT_ADVERBS = frozenset("""family ally rally assembly supply reply apply rely anomaly monopoly bully tally belly
    jelly early daily weekly""".split())
