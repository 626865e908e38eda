"""Cues for what people let slip in the small talk of a call held in another language: maternity leave in
Japanese, Chinese or Korean ("来月から産休に入ります", "我下个月休产假"), a stay in hospital or an operation in
Chinese ("我下周要住院做个小手术"), a volunteer in a Polish party's campaign office ("jestem wolontariuszką w sztabie
partii Razem"), a delegate at a Turkish party's congress ("CHP'nin ilçe kongresinde delegeyim"), and "we" of a
people in Dutch ("wij zijn Molukkers").

Senses that must stay quiet: the leave as a policy or a feature ("産休制度", "产假政策", "産休中の社員向け"), a
hospital's own wards or systems ("住院部", "住院系统", "手术室"), the campaign office of nobody named ("sztab
partii ogłosił"), a party's congress as news ("CHP kongresi yarın"), and a firm's origin ("wij zijn een
Nederlands bedrijf")."""

from __future__ import annotations

from policies.privacy.lexicon_party_poland import _PARTY as _POLISH_PARTY
from policies.privacy.lexicon_turkish_politics import _CASE as _TURKISH_CASE
from policies.privacy.lexicon_turkish_politics import _PARTY as _TURKISH_PARTY

# a group that is on the leave, not one person ("産休中の社員向け": for employees on leave)
_NOT_STAFF = r"(?!の(?:社員|従業員|方々|方|スタッフ|メンバー|職員|人)|制度|規定|規程|手当|申請書)"
# a stay or an operation, each spelt out whole (see above): "要住院", "住院观察", "做个小手术", "动了手术"
_STAYS = [f"{before}住院" for before in "要得在去又"] + [f"住院{after}" for after in ("了", "做", "治疗", "观察", "中",
    "一周", "几天", "开刀", "手术")] + [f"{verb}{how}{small}手术" for verb in "做动" for how in ("", "了", "个", "一个",
    "了个", "完") for small in ("", "小")] + ["开了刀", "开过刀", "要开刀", "得开刀"]  # fmt: skip
LEAVE_ABROAD = (
    (
        # entering, taking or being on maternity leave, in Japanese, Chinese and Korean; the verb keeps the policy
        # ("産休制度") out
        # (each branch three letters or more, so the cue prefilter can require it)
        # (whole words, not one-letter choices, which the regex parser turns into a class the prefilter cannot read)
        r"産休(?:に入り|に入る|に入っ|を取|をとり|をとる|を頂|をいただ|をもら|中"
        + _NOT_STAFF
        + r"|明け|から復帰|から戻)|"
        r"休产假|产假中|产假期间|출산휴가(?:를 가|를 내|를 쓰|에 들어가|중이)",
        "self",
    ),
    (
        # a stay in hospital or an operation, said by "I", "he" or "she"; not a hospital's ward or a system
        r"(?:我|他|她)[^。,，.!?！？]{0,8}?(?:" + "|".join(_STAYS) + r")",
        "self",
    ),
)

_TURKISH_CONGRESS = (
    r"\b" + _TURKISH_PARTY + _TURKISH_CASE + r" (?:(?:il|ilçe|büyük|olağan|olağanüstü) )?(?:kongresinde|"
    r"kurultayında|kongresine|kurultayına) (?:\w+ ){0,2}?"
)
POLITICAL_ABROAD = (
    (
        # in a Polish party's campaign office, or a volunteer or member of it told in the first person
        r"\bw sztabie (?:wyborczym )?(?:partii |komitetu |kandydat(?:a|ki) )?(?:\w+ ){0,2}?" + _POLISH_PARTY + r"|"
        r"\b(?:jestem|byłem|byłam|jesteśmy) (?:\w+ )?(?:członkiem|członkinią|działaczem|działaczką|"
        r"wolontariusz(?:em|ką)|sympatykiem|sympatyczką|radnym|radną) (?:\w+ ){0,2}?(?:partii )?"
        + _POLISH_PARTY
        + r"|\b(?:należę do|działam w|głosuję na|głosowałem na|głosowałam na) (?:partii )?"
        + _POLISH_PARTY,
        "person",
    ),
    (
        # a delegate or a speaker at a Turkish party's congress ("MHP'nin il kongresinde delegesi"); the first
        # person's endings ("delegeyim", "delege olarak gidiyorum") name the speaker, so those are the ``self`` gate's
        _TURKISH_CONGRESS + r"(?:delegesi|delegedir|delege olarak)\b",
        "person",
    ),
    (
        _TURKISH_CONGRESS + r"(?:delegeyim|delegeydim|delegesiyim|delegeyiz|konuşmacıyım|delege olarak (?:gidiyorum|"
        r"katılıyorum|katılacağım|bulunacağım|gideceğim))\b",
        "self",
    ),
)

# a people as Dutch names its members in the plural, said of "we" ("wij zijn Molukkers")
_MEMBERS = (
    r"(?-i:Molukkers|Surinamers|Marokkanen|Antillianen|Koerden|Hindoestanen|Kaapverdianen|Creolen|Riffijnen|"
    r"Turken|Indo's|Papoea's)"
)
ETHNICITY_ABROAD = (
    (r"\b(?:wij|we) zijn (?:allebei |allemaal |ook |van oorsprong |eigenlijk )?" + _MEMBERS + r"\b", "person"),
)

# "my" partner in the languages a call mixes in ("o meu marido", "mi novio", "mon mari", "il mio ragazzo", "mein
# Mann", "mijn vrouw"): a same-sex couple when the speaker's name tells the same gender as the partner word
# (:func:`.persons.same_sex_couple`); "mon copain" and "mi compañero" are as often a friend or a colleague
_MY = r"(?P<mine>meu|minha|mi|mon|ma|mio|mia|mein|meine|meinem|meinen|meiner|mijn)"
_PARTNER = (
    r"(?P<rel>marido|namorado|esposo|novio|mari|compagnon|marito|fidanzato|ragazzo|Ehemann|Mann|echtgenoot|man|"
    r"esposa|mujer|novia|namorada|femme|compagne|moglie|fidanzata|ragazza|Ehefrau|Frau|echtgenote|vrouw)"
)
COUPLES_ABROAD = (
    (
        r"\b"
        + _MY
        + r" (?:querid[oa] |cher |chère |lieber |liebe |caro |cara )?"
        + _PARTNER
        + r"\b(?! de (?:ménage|chambre|confiance)\b)",
        "couple",
    ),
)

SMALL_TALK_ABROAD: dict[str, tuple[tuple[str, str], ...]] = {
    "health": LEAVE_ABROAD,
    "political_opinion": POLITICAL_ABROAD,
    "ethnicity": ETHNICITY_ABROAD,
    "sexual_orientation": COUPLES_ABROAD,
}
