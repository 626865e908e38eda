"""Health and ethnic-origin cues told in Korean about a person named by surname and title: "김 부장님은
공황장애로 병가 중이세요" (off sick with panic disorder), "박 대리님은 조선족이라서" (is an ethnic Korean from China).

The person gate reads no Korean, so, as for Japanese (:mod:`.lexicon_arrests_abroad`), the cue opens with the
person: a surname or name with a job title or "님"/"씨" and a topic or subject particle; the cue then names whose
it is (gate ``self``).

Senses that must stay quiet: an illness as a product's market or a group's ("공황장애 환자용 앱", "우울증으로 병가를
내는 직원이 늘었다"), and a people as a place or a market ("연변 조선족 자치주에 지사가 있다", "조선족 고객 대상
캠페인"): an illness needs the reason particle and the leave or treatment it caused, a people the copula."""

from __future__ import annotations

# a person by surname or name and title, with a topic or subject particle ("김 부장님은", "지영 씨가", "이 대리가")
_TITLE = r"(?:부장|과장|차장|대리|팀장|사장|이사|상무|전무|실장|주임|본부장|선생|매니저|대표)"
_PERSON = r"[가-힣]{1,4} ?(?:" + _TITLE + r"님?|님|씨)(?:은|는|이|가|께서)"
# the rest of the sentence before the cue (no full stop crossed)
_SAME_SENTENCE = r"[^.!?。\n]{0,40}?"

# illnesses by their everyday Korean names (panic disorder, depression, anxiety disorder, diabetes, stroke, a slipped
# disc, burnout, a heart attack, named cancers), as whole words
_ILLNESS = (
    r"(?<![가-힣])(?:공황장애|우울증|불안장애|조울증|양극성 ?장애|번아웃|당뇨병?|뇌졸중|뇌경색|"
    r"심근경색|디스크|갑상선암|유방암|위암|폐암|대장암|폐렴|독감|코로나|대상포진|허리 ?디스크|적응장애|"
    r"공황 ?발작)"
)
# what the illness caused: sick leave, a stay in hospital, treatment, an operation, time off
_BECAUSE_OF = r"(?:으로|로| ?때문에| ?진단을 받아| ?진단을 받고)"
_LEAVE = r"(?:병가|입원|치료|수술|휴직|투병|요양|재활|통원)"

# ethnic Koreans of China, the former Soviet Union and Japan
_PEOPLE = r"(?:조선족|고려인|재일교포|재일 ?한국인|재일 ?조선인)"
# the copula that says the person is one ("이라서", "이에요", "이세요", "이고", "출신이")
_IS = r"(?:이라서|이라|이에요|이예요|이세요|이십니다|입니다|이고|이며|이신데|인데|출신)"

# cancer ("암"), a whole word (it ends other words: "암호화" is encryption), takes only "으로" after its final
# consonant, which also keeps every form three letters long for the prefilter
_CAUSE = r"(?:" + _ILLNESS + _BECAUSE_OF + r"|(?<![가-힣])암(?:으로| 때문에| 진단을 받아| 진단을 받고))"

KOREAN_HEALTH = ((_PERSON + _SAME_SENTENCE + _CAUSE + r"(?: [가-힣]{1,6}){0,2}? ?" + _LEAVE, "self"),)
KOREAN_ETHNICITY = ((_PERSON + _SAME_SENTENCE + _PEOPLE + r" ?" + _IS, "self"),)
