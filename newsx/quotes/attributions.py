"""Attributions: a cue, its subject and the clause it reports, sentence by sentence.

Lines of page furniture ("READ MORE: ...") are skipped, and a dateline that opens a paragraph
("SEOUL, South Korea (AP) —", "LONDON (Reuters) -") is no part of its first sentence: it holds no
speaker and no reported words. Around each speech verb outside quotation
marks (``cues``), the rules are tried in this order:
1. ``quoted-as``     X was quoted as saying CLAUSE (said-before, or said-after when a quotation
                     comes first); the paper quoted X as saying CLAUSE: X speaks, not the paper;
2. with a subject before the verb (``subjects.subject_before``):
   ``said-after``    "CLAUSE," X said. / CLAUSE, X said (in a statement). A weak verb ("cited",
                     "protested") needs the quotation to end in , ? ! — before its mark, and no
                     words after it but the sentence's end ("the “gaps” she cited are ...");
   ``said-middle``   CLAUSE, X said, CLAUSE (the quotation or main clause around the cue);
   ``said-before``   X said (that) CLAUSE / X told reporters CLAUSE / X is saying CLAUSE; a weak verb
                     ("added", "noted") needs "that" or a quotation (a verb of asking "whether"
                     or "if" too: "X asked whether CLAUSE"), and any verb but say/tell a
                     clause (``clauses.is_clause``);
3. without one: ``said-before`` with the sentence's subject ("X urged A, and said B"), or with
   the subject of the attribution before ("X said A, and added B");
   ``participle``    ..., saying CLAUSE / by saying / a statement saying (the subject of the
                     sentence, or of the attribution before);
   "called for" / "called on" report their object, clause or not ("called for an inquiry");
   ``said-after`` / ``said-middle`` inverted: "CLAUSE," said X. / CLAUSE, insists X, CLAUSE.
Then ``according-to``: according to X, CLAUSE / CLAUSE, according to X (a description runs on to
its issuer: "a study released by Acme"; a dash aside after the source is skipped: "according to the
study — which ... — CLAUSE") / A, according to X, B (the whole sentence when A is a subject or a short
opening: "The toll, according to X, rose to 40"). A sentence with none of these may still hold
``colon`` (X: "...") or ``dash`` ("..." — X, the credit ending the sentence), or, on the document's
first line, a headline ``colon`` (Ann Cole: the bridge will reopen; a name of four capitalised words at
most, no label such as "Exclusive:" nor a phrase with a preposition).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..lexicon.quotes import (
    ADVERBIAL_PREPOSITIONS, BETWEEN_SUBJECT_AND_VERB, CLAUSE_CONJUNCTIONS, COORDINATORS, FURNITURE_LABELS,
    HEADLINE_LABELS, NOT_HEADS, NOT_CONTINUATIONS, PASSIVE_AUX,
    PARTICIPLE_PREPOSITIONS, PROGRESSIVE_AUX, STATEMENT_NOUNS, FRONTED_SUBORDINATORS, VERB_CONJUNCTIONS,
)
from ..lexicon.speech import NAMING_CUES, OBJECT_CUES, QUESTION_LEMMAS, SAY_LEMMAS, THING_LEMMAS, WEAK_LEMMAS
from ..doc.names import runs
from ..model import Span
from .clauses import (
    clause, clause_before, content_after, is_clause, named_complement, rstrip_to, skip_adverbials, split_contents,
)
from .cues import PAST_FORMS, cue_end, cue_words, lemma_of
from .marks import ALL_MARKS, CLOSE_MARKS, DASH_SOURCE, STRAIGHT, names_a_thing
from .records import Attribution, Context, Subject, cue_start
from .subjects import capitalised_run, sentence_subject, subject_after, subject_before

_FURNITURE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(FURNITURE_LABELS, key=len, reverse=True)) + r")\b[^:\n]{0,10}:")
_COLON_QUOTE = re.compile(r"([^:]{1,80}):\s*[\"“]")  # X: "..."
# A headline that gives a name's words: "Ann Cole: the bridge will reopen".
_HEADLINE_NAME = re.compile(r"([A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}):[ \t]+(?=\S)")
# A dateline: a place in capitals (its region after a comma), maybe a date and an agency, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}"  # SEOUL, NEW YORK, ST. LOUIS
    r"(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}){0,2}"  # , South Korea / , Calif.
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"  # , Dec. 13
    r"(?: ?\([^()\n]{1,40}\))?"  # (AP)
    r"[ \t]{0,3}(?:—|–|―|--|-(?= ))[ \t]*")
# A reported question after "asked", "wondered": " whether ...", " if ...".
_WHETHER = re.compile(r" (?:whether|if) ")
# A dash that opens an aside after a source ("according to the study — which ... — the sector grew").
_DASH_ASIDE = re.compile(r"\s*(—|–|--)\s")
# After "..., said X": a comma and a lower-case word that goes on with the clause ("in seeing it").
_CONTINUATION = re.compile(r",\s+([a-z]+)\b")
# A weak verb reports only before "that" or a quotation.
_THAT_OR_QUOTE = re.compile(r"\s*(?:that\b|[:,]?\s*[\"“])")
_BEFORE_INVERTED = (",", "—", "''", STRAIGHT, "’’") + tuple(CLOSE_MARKS)
_BEFORE_PARTICIPLE = (",", "''", STRAIGHT) + tuple(CLOSE_MARKS)
# How a quotation ends before its attribution: “...,” / “...?” / “...!” / “... —”.
_QUOTE_ENDS = (",", "?", "!", "—", "–", "…", ".")


def find(ctx: Context) -> list[Attribution]:
    """The attributions of the document, in the order of their cues."""
    doc, text = ctx.doc, ctx.text
    verbs, according = cue_words(ctx)
    attrs: list[Attribution] = []
    prev_s = 0
    v = a = 0
    for index, (s, e) in enumerate(doc.sentences):
        i, j = doc.sentence_words[index]
        while v < len(verbs) and verbs[v] < i:
            v += 1
        while a < len(according) and according[a] < i:
            a += 1
        if _FURNITURE.match(text, s):
            continue
        if (s == 0 or text[s - 1] == "\n") and text[s:s + 2].isalpha() and text[s:s + 2].isupper():
            dateline = _DATELINE.match(text, s, min(e, s + 120))
            if dateline is not None and dateline.end() < e:
                s = dateline.end()  # "SEOUL (AP) — ...": the sentence opens after the dash
        found: list[Attribution] = []
        while v < len(verbs) and verbs[v] < j:
            attr = from_verb(ctx, verbs[v], s, e, found)
            if attr is not None:
                found.append(attr)
            v += 1
        while a < len(according) and according[a] < j:
            attr = according_to(ctx, according[a], s, e)
            if attr is not None:
                found.append(attr)
            a += 1
        if not found:
            attr = colon(ctx, s, e) or dash(ctx, i, j, s, e, prev_s) or headline(ctx, s, e)
            if attr is not None:
                found.append(attr)
        prev_s = s
        split_contents(ctx, found)
        attrs.extend(found)
    attrs.sort(key=cue_start)
    return attrs


def from_verb(ctx: Context, k: int, s: int, e: int, found: list[Attribution]) -> Attribution | None:
    """The attribution around speech verb k of the sentence text[s:e] (``found``: its attributions so far)."""
    words, text = ctx.words, ctx.text
    verb = words.text[k]
    lemma = lemma_of(verb)
    end = cue_end(ctx, k, lemma, e)
    if end < 0:
        return None
    vs, ve = words.start[k], words.end[k]
    cue = Span(text[vs:end], vs, end)
    subject = subject_before(ctx, s, vs, ve)
    if verb == "saying" and subject is None and _prev_words(ctx, k, s, ("as", "quoted")):
        return quoted_as(ctx, cue, k, s, e)
    if verb == "saying" and _prev_words(ctx, k, s, ("as",)):
        quoted = quoted_object(ctx, cue, k, s, e)
        if quoted is not None:
            return quoted
    if verb.endswith("ing") and subject is not None and not _progressive(ctx, k, s) \
            and not _prev_is(ctx, subject.span.start, max(s, subject.span.start - 6), ("with",)):
        subject = None  # a participle, not a progressive verb (but "with officials saying ...")
    weak = lemma in WEAK_LEMMAS and not (lemma in QUESTION_LEMMAS and _WHETHER.match(text, end))
    if subject is not None and subject.span.text.endswith(("’s", "'s")) and subject.kind != "pronoun":
        return None  # "Editor's note:", "the minister's comments": a noun after a possessive
    if subject is not None and subject.weak and not (verb.endswith("ed") or verb in PAST_FORMS) \
            and lemma not in THING_LEMMAS:
        subject = None  # "the strange remark", "the data suggests": a noun form or a thing, not a speaker
    if names_a_thing(ctx, k):
        return None  # "a choir called “Night Owls”": a name given to a thing, no one speaks
    if lemma in NAMING_CUES and end == ve and not _passive(ctx, k, s):
        named = naming(ctx, cue, k, lemma, subject, s, e, found)
        if named is not None:
            return named
    if subject is not None and lemma in OBJECT_CUES and end > ve:
        # "X called for an inquiry": the object is what was said, clause or not
        return with_subject(ctx, cue, subject, True, False, s, e, end)
    if subject is not None:
        return with_subject(ctx, cue, subject, lemma in SAY_LEMMAS, weak, s, e, ve)
    return without_subject(ctx, cue, k, lemma, weak, s, e, found)


def _prev_words(ctx: Context, k: int, s: int, expected: tuple[str, ...]) -> bool:
    """Whether the words right before word k (nearest first, within the sentence from s) are ``expected``."""
    words = ctx.words
    for n, word in enumerate(expected, start=1):
        m = k - n
        if m < 0 or words.start[m] < s or words.text[m] != word:
            return False
    return True


def _prev_is(ctx: Context, pos: int, lo: int, choices: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether the word right before pos (spaces between), starting at or after lo, is one of choices."""
    m = ctx.word_before(pos, lo)
    return m >= 0 and ctx.words.text[m] in choices


def _progressive(ctx: Context, k: int, s: int) -> bool:
    """An auxiliary before the -ing verb k ("is saying", "was not saying", "were openly saying")."""
    words = ctx.words
    m = ctx.word_before(words.start[k], s)
    if m >= 0 and (words.text[m] == "not" or words.text[m].endswith("ly") and words.text[m].isalnum()):
        m = ctx.word_before(words.start[m], s)
    return m >= 0 and words.text[m] in PROGRESSIVE_AUX


def _passive(ctx: Context, k: int, s: int) -> bool:
    """An auxiliary of the passive before verb k ("was called", "was also described")."""
    words = ctx.words
    m = ctx.word_before(words.start[k], s)
    if m >= 0 and (words.low[m] in BETWEEN_SUBJECT_AND_VERB or words.low[m].endswith("ly")):
        m = ctx.word_before(words.start[m], s)
    return m >= 0 and words.low[m] in PASSIVE_AUX | {"be", "being"}


def naming(ctx: Context, cue: Span, k: int, lemma: str, subject: Subject | None, s: int, e: int,
           found: list[Attribution]) -> Attribution | None:
    """X called the plan a fantasy / described herself as a moderate / what she calls a tax grab: the
    name is what was said (the subject's, or that of the attribution or sentence it belongs to)."""
    start = None if subject is None else subject.span.start if subject.phrase_start is None else subject.phrase_start
    relative = start is not None and _prev_is(ctx, start, s, ("what",))
    content = named_complement(ctx, k, NAMING_CUES[lemma], e, relative=relative)
    if content is None:
        return None
    if subject is not None:
        return Attribution(cue, subject, content, "called")
    if found:
        return Attribution(cue, None, content, "called", inherit=found[-1])
    head = sentence_subject(ctx, s, cue.start)
    return Attribution(cue, head, content, "called") if head is not None else None


def quoted_as(ctx: Context, cue: Span, k: int, s: int, e: int) -> Attribution | None:
    """"X was quoted as saying CLAUSE": the subject of the passive speaks."""
    words, text = ctx.words, ctx.text
    aux = k - 3  # X [was] quoted as saying
    if aux < 0 or words.start[aux] < s or words.low[aux] not in PASSIVE_AUX or words.text[aux] != words.low[aux]:
        return None
    subject = subject_before(ctx, s, words.start[aux], 0)
    if subject is None:
        return None
    content = content_after(ctx, cue.end, e)
    left_end = rstrip_to(text, s, subject.span.start if subject.phrase_start is None else subject.phrase_start)
    if content is None and left_end > s and text[left_end - 1] in ALL_MARKS + ",’":
        return Attribution(cue, subject, clause(ctx, s, left_end), "said-after")
    if content is not None:
        return Attribution(cue, subject, content, "said-before")
    return None


def quoted_object(ctx: Context, cue: Span, k: int, s: int, e: int) -> Attribution | None:
    """"CLAUSE," the paper quoted X as saying / the paper quoted X as saying CLAUSE: X speaks."""
    words, text = ctx.words, ctx.text
    q = k - 2
    while q >= 0 and words.start[q] >= s and k - q <= 7 and words.low[q] not in ("quoted", "quotes", "quoting"):
        q -= 1
    if q < 0 or words.start[q] < s or k - q > 7 or q == k - 2:
        return None
    subject = subject_before(ctx, words.end[q], words.start[k - 1], 0)
    if subject is None or subject.span.start <= words.end[q]:
        return None
    outlet = subject_before(ctx, s, words.start[q], words.end[q])
    left_end = rstrip_to(text, s, words.start[q] if outlet is None else
                         outlet.span.start if outlet.phrase_start is None else outlet.phrase_start)
    if left_end > s and text[left_end - 1] in ALL_MARKS + ",’":
        # “...,” the paper quoted X as saying (, although ...): the words before are X's
        content = clause_before(ctx, s, left_end)
        return Attribution(cue, subject, content, "said-after") if content else None
    content = content_after(ctx, cue.end, e)
    return Attribution(cue, subject, content, "said-before") if content is not None else None


def with_subject(ctx: Context, cue: Span, subject: Subject, says: bool, weak: bool, s: int, e: int,
                 verb_end: int) -> Attribution | None:
    """said-after, said-middle or said-before around a verb with its subject before it."""
    text = ctx.text
    start = subject.span.start if subject.phrase_start is None else subject.phrase_start
    left_end = rstrip_to(text, s, start)
    left = text[max(s, left_end - 3):left_end]
    after = skip_adverbials(ctx, cue.end, e)
    # What follows (up to 300 characters): nothing, a full stop, a comma, an adverbial ...
    limit = min(e, after + 300)
    q = after
    while q < limit and text[q].isspace():
        q += 1
    ends_here = q >= limit or text[q] in ".!?" and len(text[q:limit].rstrip()) <= 3
    if left and (left[-1] in CLOSE_MARKS + STRAIGHT + "’" or left.endswith("''")):
        if weak and text[max(s, left_end - 4):left_end].rstrip(ALL_MARKS + "’'")[-1:] not in _QUOTE_ENDS:
            return None  # the “gaps” she cited: a weak verb needs “...,” / “...?” before it
        # “...,” X said (in a statement, at a meeting, ...); “Fine,” X said: a one-word quotation too
        return Attribution(cue, subject, clause(ctx, s, left_end) or clause_before(ctx, s, left_end), "said-after")
    if left.endswith((",", "—", "–")):
        if ends_here or not weak and _trailing_adverbial(ctx, q, limit):
            content = clause_before(ctx, s, left_end)
            return Attribution(cue, subject, content, "said-after") if content else None
        if text[q] == ",":
            return said_middle(ctx, cue, subject, s, e, q, left_end)
    if ends_here:
        return None
    if weak and not _THAT_OR_QUOTE.match(text, after):
        return None
    content = content_after(ctx, cue.end, e, listener=cue.end > verb_end)
    if content is None or not says and not is_clause(ctx, *content):
        return None
    return Attribution(cue, subject, content, "said-before")


def _trailing_adverbial(ctx: Context, q: int, limit: int) -> bool:
    """", X said in a statement." — an adverbial phrase (from q), no "that" or quotation, ends the sentence."""
    if ctx.text[q:min(limit, q + 40)].split(" ", 1)[0].lower() not in ADVERBIAL_PREPOSITIONS:
        return False
    i, j = ctx.doc.word_range(q, limit)
    words = ctx.words
    return not any(words.text[k] in ("that", ":", '"', "“") for k in range(i, j))


def said_middle(ctx: Context, cue: Span, subject: Subject, s: int, e: int, comma: int, left_end: int) -> Attribution | None:
    """CLAUSE, X said, CLAUSE: the quotation after, the main clause before, or both halves."""
    text = ctx.text
    second = clause(ctx, comma + 1, e)
    first = clause(ctx, s, left_end)
    if second and text[second[0]] in ALL_MARKS:
        return Attribution(cue, subject, second, "said-middle")
    opening = [w.lower() for w in text[first[0]:min(first[1], first[0] + 40)].split()[:2]] if first else []
    if opening and opening[0] in COORDINATORS:
        opening = opening[1:]
    subordinate = bool(opening) and opening[0] in FRONTED_SUBORDINATORS
    if first and len(text[first[0]:first[1]].split(None, 6)) >= 6 and not subordinate:
        # A whole clause before the attribution; what follows is an afterthought.
        return Attribution(cue, subject, first, "said-after")
    if subordinate and second:
        return Attribution(cue, subject, second, "said-middle")
    span = (first[0] if first else s, second[1] if second else e)
    return Attribution(cue, subject, clause(ctx, *span), "said-middle")


def without_subject(ctx: Context, cue: Span, k: int, lemma: str, weak: bool, s: int, e: int,
                    found: list[Attribution]) -> Attribution | None:
    """A verb with no subject before it: a shared subject, a participle, or an inverted subject."""
    words, text = ctx.words, ctx.text
    vs = words.start[k]
    # "and called for an inquiry", ", calling on voters to ...": the object is what was said
    said_object = lemma in OBJECT_CUES and cue.end > words.end[k]
    if said_object:
        weak = False
    if not found and _prev_is(ctx, vs, s, VERB_CONJUNCTIONS):
        # "Ann Cole urged members to vote, and said she ...": the sentence's subject speaks
        content = content_after(ctx, cue.end, e)
        head = sentence_subject(ctx, s, vs)
        if content is not None and head is not None and (lemma in SAY_LEMMAS or said_object or is_clause(ctx, *content)):
            return Attribution(cue, head, content, "said-before")
    if found and _prev_is(ctx, vs, s, ("and",)):
        # "He said A, and added B": the verb shares the subject of the attribution before it.
        content = content_after(ctx, cue.end, e)
        if content is None or not (said_object or is_clause(ctx, *content)):
            return None
        return Attribution(cue, None, content, "said-before", inherit=found[-1])
    before_end = rstrip_to(text, s, vs)
    before = text[max(s, before_end - 3):before_end]
    if words.text[k].endswith("ing") and (before.endswith(_BEFORE_PARTICIPLE) or _prev_is(ctx, vs, s, PARTICIPLE_PREPOSITIONS)
                                         or _prev_is(ctx, vs, s, STATEMENT_NOUNS) or text.startswith(" that ", cue.end)):
        return participle(ctx, cue, weak, s, e, found, said_object)
    if before.endswith(_BEFORE_INVERTED) or (before and before[-1] in ALL_MARKS):
        return inverted(ctx, cue, s, e, before_end)
    return None


def participle(ctx: Context, cue: Span, weak: bool, s: int, e: int, found: list[Attribution],
               said_object: bool = False) -> Attribution | None:
    """"..., saying CLAUSE": the subject of the attribution before, or of the sentence. After "from"
    a participle other than "saying"/"telling" reports only "that" or a quotation ("aside from
    saying he wants ..."; "barred the firm from claiming a refund" reports nothing)."""
    after_from = _prev_is(ctx, cue.start, s, ("from",)) and lemma_of(cue.text.split(" ", 1)[0]) not in SAY_LEMMAS
    if (weak or after_from) and not _THAT_OR_QUOTE.match(ctx.text, cue.end):
        return None
    content = content_after(ctx, cue.end, e)
    if content is None or not (said_object or is_clause(ctx, *content)):
        return None
    inherit = found[-1] if found else None
    subject = None if inherit else sentence_subject(ctx, s, cue.start)
    if inherit is None and subject is None:
        return None
    return Attribution(cue, subject, content, "participle", inherit=inherit)


def inverted(ctx: Context, cue: Span, s: int, e: int, before_end: int) -> Attribution | None:
    """"CLAUSE," said X. / CLAUSE, insists X, CLAUSE."""
    text = ctx.text
    subject = subject_after(ctx, cue.end, e)
    if subject is None:
        return None
    content = clause_before(ctx, s, before_end)
    rest = _CONTINUATION.match(text, subject.span.end, e)
    head = content or clause(ctx, s, before_end) or (s, before_end)
    if rest is not None and rest.group(1) not in NOT_CONTINUATIONS and not rest.group(1).endswith(("ing", "ed")) \
            and len(text[head[0]:head[1]].split(None, 6)) < 6 and not ctx.has_mark(*ctx.doc.word_range(s, before_end)):
        # "There is a joy, insists young Ana Ruiz, in seeing it done": one clause around the cue
        whole = clause(ctx, s, e)
        return Attribution(cue, subject, whole, "said-middle") if whole else None
    return Attribution(cue, subject, content, "said-after") if content else None


def according_to(ctx: Context, k: int, s: int, e: int) -> Attribution | None:
    """According to X, CLAUSE / CLAUSE, according to X."""
    words, text = ctx.words, ctx.text
    cue = ctx.span(k, k + 2)
    subject = subject_after(ctx, cue.end, e, any_np=True)
    if subject is None:
        return None
    sp = subject.span
    if subject.kind == "desc":
        by = _issued_by(ctx, sp.end, min(e, sp.end + 120))
        if by >= 0:
            # "according to a survey to be published on Friday by Acme Corp."
            subject = Subject(Span(text[sp.start:by], sp.start, by), "desc")
            sp = subject.span
    before_end = rstrip_to(text, s, words.start[k])
    if before_end > s and text[before_end - 1] == ",":
        return Attribution(cue, subject, _around_source(ctx, s, e, before_end, sp.end), "according-to")
    if before_end > s and text[before_end - 1] not in ".:" and not _after_comma_conjunction(ctx, k, s):
        return None
    names = runs(text, words, *ctx.doc.word_range(sp.start, sp.end))
    if names and names[0].end < sp.end and (len(sp.text.split(None, 9)) > 8 or is_clause(ctx, names[0].end, sp.end)):
        # "According to the Harbour Authority over 40 boats sank" (no comma after the source)
        cut = names[0].end
        return Attribution(cue, Subject(Span(text[sp.start:cut], sp.start, cut), "desc"), clause(ctx, cut, e),
                           "according-to")
    dash = _DASH_ASIDE.match(text, sp.end, e)
    if dash is not None:
        # "According to the study — which drew on two surveys — the sector grew": the aside is the source's
        close = text.find(dash.group(1), dash.end(), min(e, dash.end() + 200))
        if close >= 0:
            return Attribution(cue, subject, clause(ctx, close + len(dash.group(1)), e), "according-to")
    comma = text.find(",", sp.end, e)
    if comma < 0:
        return None
    return Attribution(cue, subject, clause(ctx, comma + 1, e), "according-to")


def _around_source(ctx: Context, s: int, e: int, before_end: int, source_end: int) -> tuple[int, int] | None:
    """"CLAUSE, according to X" / "A, according to X, B": a whole clause before the source is what it
    says (what follows is an afterthought, or "and" opens another clause); a subject or a short
    opening before it ("The result, according to X, is ...", "That is why, according to X, ...")
    goes on after it, and the sentence around the source is what it says."""
    text = ctx.text
    first = clause(ctx, s, before_end)
    comma = text.find(",", source_end, min(e, source_end + 3))
    second = clause(ctx, comma + 1, e) if comma >= 0 else None
    if second is None or first is None:
        return first
    opening = text[first[0]:min(first[1], first[0] + 40)].split(None, 1)[0].lower()
    follow = text[second[0]:min(second[1], second[0] + 20)].split(None, 1)[0].lower()
    if follow in COORDINATORS or len(text[first[0]:first[1]].split(None, 6)) >= 6 and opening not in FRONTED_SUBORDINATORS:
        return first
    return clause(ctx, first[0], second[1])


def _after_comma_conjunction(ctx: Context, k: int, s: int) -> bool:
    """", and according to X, ...": a new clause opens with the attribution."""
    words = ctx.words
    return k >= 2 and words.start[k - 2] >= s and words.text[k - 1] in CLAUSE_CONJUNCTIONS and words.text[k - 2] == ","


def _issued_by(ctx: Context, pos: int, end: int) -> int:
    """Where "... by [the] Acme Corp." ends after a document (80 characters at most before "by",
    no punctuation), else -1."""
    words = ctx.words
    texts = words.text
    i, j = ctx.doc.word_range(pos, end)
    for k in range(i, j - 1):
        w = texts[k]
        if words.start[k] - pos > 80 or any(c in w for c in ",.;:“”\""):
            return -1
        if w != "by" or not ctx.text[words.end[k]:words.start[k + 1]].isspace():
            continue
        m = k + 2 if texts[k + 1] == "the" and k + 2 < j else k + 1
        last = capitalised_run(ctx, m, j, 5)
        if last >= 0:
            return words.end[last]
    return -1


def colon(ctx: Context, s: int, e: int) -> Attribution | None:
    """X: "..." — a short name or pronoun subject before a colon that opens a quotation."""
    m = _COLON_QUOTE.match(ctx.text, s, e)
    if not m:
        return None
    subject = subject_before(ctx, s, m.end(1))
    if subject is None or subject.kind == "desc" or subject.span.text.isupper() and len(subject.span.text) > 4:
        return None
    at = m.end(1)
    return Attribution(Span(":", at, at + 1), subject, clause(ctx, at + 1, e), "colon")


def headline(ctx: Context, s: int, e: int) -> Attribution | None:
    """Ann Cole: the bridge will reopen — the document's first line gives a name's words after a colon
    (not a label: "Exclusive: ...", "Live updates: ...", nor a phrase: "Lessons from the flood: ...")."""
    text = ctx.text
    if s > 200 or text[:s].strip():
        return None
    line_end = text.find("\n", s, s + 300)
    m = _HEADLINE_NAME.match(text, s, line_end) if line_end > 0 else None
    if m is None:
        return None
    parts = [w.lower() for w in m.group(1).split()]
    if any(w in HEADLINE_LABELS or w in NOT_HEADS or w in ADVERBIAL_PREPOSITIONS for w in parts) \
            or m.group(1).isupper() and len(m.group(1)) > 4:
        return None
    subject = subject_before(ctx, s, m.end(1))
    content = clause(ctx, m.end(), line_end)
    if subject is None or subject.span.start != s or subject.kind != "name" or content is None:
        return None
    at = m.end(1)
    return Attribution(Span(":", at, at + 1), subject, content, "colon")


def dash(ctx: Context, i: int, j: int, s: int, e: int, prev_s: int) -> Attribution | None:
    """"..." — X: a quotation closed, then a dash and a name (or source) ending the sentence."""
    text = ctx.text
    m = _dash_source(ctx, i, j, e)
    if m is None:
        # The credit split off as a sentence of its own: “... stop.” / — Ana Ruiz
        at = max(prev_s, rstrip_to(text, prev_s, s) - 1)
        m = DASH_SOURCE.match(text, at, e) if text[at:at + 1] in ("”", '"') else None
        if m is None or "\n" in text[m.start():m.end()]:
            return None
        s = prev_s
    subject = subject_after(ctx, m.end(), e)
    if subject is None or subject.kind == "pronoun":
        return None
    rest = text[subject.span.end:e].strip()
    if rest and not rest.startswith(",") and rest not in (".", ")"):
        return None  # "..." — Smith went on: the dash opens a clause, not a credit
    comma = text.find(",", subject.span.end, e)
    if comma >= 0:
        a, b = ctx.doc.word_range(comma, min(e, comma + 40))
        if any(ctx.dated[a:min(b, a + 4)]):
            return None  # "Headline" — Daily Courier, May 2, 2020: a cited article, not speech
    content = clause_before(ctx, s, m.start() + 1)
    at = m.end(1)
    return Attribution(Span(text[at - 1:at], at - 1, at), subject, content, "dash") if content else None


def _dash_source(ctx: Context, i: int, j: int, e: int) -> re.Match[str] | None:
    """The first closing mark among words i..j-1 followed by a dash and a letter."""
    words = ctx.words
    for k in ctx.marks[bisect_left(ctx.marks, i):bisect_left(ctx.marks, j)]:
        if words.text[k] in ("”", '"'):
            m = DASH_SOURCE.match(ctx.text, words.start[k], e)
            if m is not None:
                return m
    return None

