"""The offline special-category detector, redaction, masking, inference requests and `dealbot eval privacy`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from agents.safety import screen
from bot.cli import main
from bot.evals.privacy import run_privacy
from policies.privacy import detect, redact, sensitive_inference
from policies.privacy.masking import Masker
from tests.conftest import SHARED_EVALS

SUMMARY = re.compile(
    r"^privacy: passed=(\d+) total=(\d+) precision=(\d\.\d{3}) recall=(\d\.\d{3}) "
    r"category_accuracy=(\d\.\d{3}) f1=(\d\.\d{3})$"
)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Nora is off with the flu, so the demo moves to Friday.", ["health"]),
        ("Kai told me his husband is a nurse at Bioholding.", ["sexual_orientation"]),
        ("Kai told me his wife is a nurse at Bioholding.", []),  # marriage is ordinary personal data
        ("Ingrid's partner Sophie joined the dinner.", ["sexual_orientation"]),
        ("Quentin's boyfriend works at Stackline, so he stepped back from scoring.", ["sexual_orientation"]),
        ("Omar asked for a prayer room during the all-day workshop.", ["religion"]),
        ("Their offices close for Diwali, so plan the go-live after.", []),  # an organisation's calendar
        ("Lena is the shop steward at the depot.", ["trade_union"]),
        ("Run a union of the two exports before the campaign.", []),
        ("The warehouse union voted to accept the pay deal.", []),  # the union as a body, no person
        ("He enrolled his fingerprint on the pilot handheld.", ["genetic_biometric"]),
        ("The fingerprint login is off by default.", []),
        ("Their new controller served two years for fraud.", ["criminal_record"]),
        ("That price is criminally low; review it.", []),
        ("Pipeline health-check: three deals look weak.", []),
        ("Medzap runs clinical trials for diabetes drugs.", []),  # a condition as a market
        ("Sara is diabetic and fasting for Ramadan this month.", ["health", "religion"]),
        ("There was a pregnant pause before the buyer answered.", []),
        ("Pay the balance as a lump sum at go-live.", []),
    ],
)
def test_detector(text: str, categories: list[str]) -> None:
    assert detect(text).categories == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # named gene tests, and surgery with a medical qualifier
        ("Ravi's BRCA2 result was positive, so he wants it signed soon.", ["genetic_biometric"]),
        ("Tom is booked in for elective surgery on his knee in May.", ["health"]),
        ("Our BRCA testing product launches in Q3 for clinics.", []),
        # addiction recovery, abbreviated spans
        ("Jon is 2 yrs sober, so skip the bar.", ["health"]),
        ("She's in recovery, so no wine at the dinner.", ["health"]),
        ("He's in recovery mode on the Q3 numbers.", []),
        # canvassing for a party; one person's part in a cause
        ("Dave's been canvassing for the Lib Dems every weekend.", ["political_opinion"]),
        ("Maria is campaigning for the Green energy tariff internally.", []),
        ("Omar is one of the organisers of the anti-war march.", ["political_opinion"]),
        ("Climate activists blocked the ring road so Maria was late.", []),
        ("Maria is the leader of the anti-churn campaign at Zoomit.", []),
        # a former partner; heritage fractions and peoples; "one of the few"
        ("Priya mentioned her ex-wife lives in Leeds.", ["sexual_orientation"]),
        ("Tom mentioned his ex-wife lives in Leeds.", []),
        ("Keoni said he's Native Hawaiian.", ["ethnicity"]),
        ("She's a quarter Cherokee on her mother's side.", ["ethnicity"]),
        ("As one of the only Latina engineers there, Rosa gets overlooked.", ["ethnicity"]),
        ("We should back more Black founders next year, Maria said.", []),
        # named unions without "the"; a group's membership is not a person's; other unions
        ("Heike has been member of ver.di for years.", ["trade_union"]),
        ("Pat is the GMB convenor at the depot.", ["trade_union"]),
        ("Most of their nurses are in Unison, so expect a consultation.", []),
        ("Maria is going to deposit that in the Credit Union.", []),
        # an alleged offence in court; "charged" as billed or tasked
        ("Luis has a court hearing on the drink-driving charge next week.", ["criminal_record"]),
        ("Kevin is awaiting trial, so Adam takes the account.", ["criminal_record"]),
        ("Maria disputed the fraud charges on her card.", []),
        ("We were charged twice for the licence, Maria says.", []),
        ("Maria is charged with leading the rollout.", []),
    ],
)
def test_detector_blind4_classes(text: str, categories: list[str]) -> None:
    assert detect(text).categories == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # trade unionists; unions by name in other countries and languages, US locals, officers of them
        ("Omar is a proud trade unionist, so keep the pitch about safety.", ["trade_union"]),
        ("Lars joined IF Metall last spring.", ["trade_union"]),
        ("Pedro joined the sindicato after the layoffs.", ["trade_union"]),
        ("Kim is president of Teamsters Local 705.", ["trade_union"]),
        ("Dave is vice-president of the local union.", ["trade_union"]),
        ("Ana is treasurer of the Harbor Credit Union.", []),
        ("Maria is a member of the credit union.", []),
        # protests named by their cause; party roles and conferences; election work; votes for a person
        # or a referendum side; campaign stickers
        ("Anna goes to anti-war marches most weekends.", ["political_opinion"]),
        ("He spoke at pro-choice rallies last year.", ["political_opinion"]),
        ("Attached is our answer to protests filed at FERC.", []),
        ("Brigitte is a delegate for the SPD at the party conference.", ["political_opinion"]),
        ("Tom is a delegate for the Democratic Republic of Congo account.", []),
        ("Priya was handing out flyers for the Green candidate's election campaign.", ["political_opinion"]),
        ("Sam volunteers for Senator Ortiz every weekend.", ["political_opinion"]),
        ("Send the leaflets for the product launch campaign.", []),
        ("He voted for Kamala Harris.", ["political_opinion"]),
        ("Have Richard Sanders sign off on this letter.", []),
        ("Hamish says he'd vote yes again in another independence referendum.", ["political_opinion"]),
        ("She has a Remain sticker on her laptop.", ["political_opinion"]),
        # more faiths and their qualifiers; what a faith has people wear or carry
        ("Carl is a Seventh-day Adventist, so no Saturday meetings.", ["religion"]),
        ("Layla is a committed Latter-day Saint.", ["religion"]),
        ("Moshe is an ultra-orthodox Jew.", ["religion"]),
        ("She always carries her rosary.", ["religion"]),
        ("Steve's office is between Karen's and Christian's.", []),
        ("It's a Muslim-majority market.", []),
        # a people's name after "his family is", in any case or language
        ("Her parents are indigenous, from Oaxaca.", ["ethnicity"]),
        ("Jean's family est kabyle.", ["ethnicity"]),
        ("His family are travellers, always on the road.", []),
        # organs out, aids, symptoms of a condition, medical abbreviations a person has
        ("Mark had his gallbladder removed last week.", ["health"]),
        ("They are operating on his left hip on Tuesday.", ["health"]),
        ("Ali is operating on his back foot this quarter.", []),
        ("My uncle is an amputee.", ["health"]),
        ("Jo has MS and tires easily.", ["health"]),
        ("Her COPD flare-up kept her home.", ["health"]),
        ("He has MS Teams on his laptop.", []),
        ("Maria has TB of logs to migrate.", []),
        ("Her symptoms of churn are clear in the data.", []),
        # gene tests by any name; someone enrolling biometrics; a data set holding a named person's
        ("Ana's DNA ancestry test came back.", ["genetic_biometric"]),
        ("His genetic screening revealed a BRCA1 mutation.", ["genetic_biometric"]),
        ("Medzap's genetic testing kits ship in May.", []),
        ("Tom's genetic algorithm test results look good.", []),
        ("Tom and Ana both registered fingerprint templates for the door system.", ["genetic_biometric"]),
        ("The face scans of the night shift, mine included, are on the share.", ["genetic_biometric"]),
        ("Their CISO asked whether fingerprint templates leave the device.", []),
        # sentences served at home; convictions by year or offence, pardoned or wiped
        ("He's been electronically tagged since the trial.", ["criminal_record"]),
        ("Mia is under house arrest until March.", ["criminal_record"]),
        ("Ben's 2009 DUI conviction was expunged.", ["criminal_record"]),
        ("He was pardoned for the fraud conviction.", ["criminal_record"]),
        ("Tom got his pardon for being late to the call.", []),
        ("She wears an ankle bracelet from Lisbon.", []),
    ],
)
def test_detector_blind5_classes(text: str, categories: list[str]) -> None:
    assert detect(text).categories == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # union offices in the languages of the union names; a union or its delegates as a group are not
        ("Marc is a délégué CFDT at the Lille plant.", ["trade_union"]),
        ("Frau Schulz, IG-Metall-Vertrauensfrau at the plant, wants the retention slide.", ["trade_union"]),
        ("Herr Becker ist Mitglied der IG Metall.", ["trade_union"]),
        ("Carmen es delegada de CCOO en el almacén.", ["trade_union"]),
        ("Sophie est déléguée syndicale chez Plexzap, elle posera des questions.", ["trade_union"]),
        ("The CGT called a national strike for Thursday, so deliveries may slip.", []),
        ("Les délégués CGT ont signé l'accord.", []),
        # parties by acronym, partisan nouns, campaign merchandise, marches named by a hyphenated cause
        ("Full disclosure: Tom is a GOP donor, so keep the climate slides out.", ["political_opinion"]),
        ("Marisol is a PSOE member, be careful with the jokes.", ["political_opinion"]),
        ("Rui is a die-hard bolsonarista, avoid politics at dinner.", ["political_opinion"]),
        ("He turned up in a Trump hat and a Bolsonaro jersey.", ["political_opinion"]),
        ("Tom will be at the trans-rights march this weekend.", ["political_opinion"]),
        ("The Peronist government changed the import rules.", []),
        ("Please bring the deck to the March board meeting.", []),
        ("Jeff Huff is a strong candidate for Commercial.", []),
        ("Diane is a candidate for Harris County Council.", ["political_opinion"]),
        # non-belief is a belief; festivals and pilgrimages of more faiths
        ("Eva is a secular humanist and would rather skip the grace.", ["religion"]),
        ("Ben isn't religious, so no prayers before the dinner.", ["religion"]),
        ("She's religious about her inbox zero.", []),
        ("I'm not a believer in cold outreach.", []),
        ("This reinforces my belief that our waiver language is fine.", []),
        ("Out of office: I am performing Umrah until 12 May.", ["religion"]),
        ("Ahmed is back from Hajj on Monday.", ["religion"]),
        ("Rivka is off for Shavuot on Thursday.", ["religion"]),
        ("Nikos is observing Orthodox Easter so the 5th is out.", ["religion"]),
        ("The Hajj season drives demand for their booking platform.", []),
        # a family's history of a people's persecution
        ("Her grandmother survived the Holocaust.", ["ethnicity"]),
        ("Aram's family fled the Armenian genocide to Beirut.", ["ethnicity"]),
        ("The documentary about the Armenian genocide won an award.", []),
        ("Their ancestry DNA kits sell well in Q4, ask Maria.", []),
        ("Maria's DNA kit results came back.", ["genetic_biometric"]),
        # "Gay" as a name; a date with someone of one's own gender; partner names in more languages
        ("Ship it to 12 Gay Street, Knoxville, attn Priya.", []),
        ("He talked to Gay again about the contract.", []),
        ("Anna has a first date with a woman she met on Bumble.", ["sexual_orientation"]),
        ("Tom is dating a guy from the climbing gym.", ["sexual_orientation"]),
        ("Tom has a date with a woman he met on Hinge.", []),
        ("Tom said his sister is dating a guy from Stackline.", []),
        ("Let's agree a date with the guy from legal.", []),
        ("Tom went out with a guy from Stackline for drinks.", []),
        ("Mathieu's partner Louis is joining the dinner.", ["sexual_orientation"]),
        ("Carla is bringing her business partner Luisa.", []),
        # biometrics: prints enrolled finger by finger, Face ID; a face or voice itself is not data
        ("We re-enrolled her left thumbprint on the time clock.", ["genetic_biometric"]),
        ("IT scanned his index finger for the door reader.", ["genetic_biometric"]),
        ("Liam's Face ID stopped working after the update.", ["genetic_biometric"]),
        ("Kofi's face is on the homepage now.", []),
        ("You could see the relief on her face.", []),
        ("Stackline's fingerprints are on this RFP.", []),
        # relatives found through DNA; prenatal gene tests
        ("A DNA test showed they are cousins.", ["genetic_biometric"]),
        ("Turns out Sara and Leo are related, 23andMe matched them last spring.", ["genetic_biometric"]),
        ("Her amniocentesis came back clear.", ["genetic_biometric"]),
        ("Bioholding sells NIPT kits to clinics.", []),
        ("Their DNA test kits matched the spec.", []),
        # investigations by the police, parole
        ("Marta is under investigation over the missing funds.", ["criminal_record"]),
        ("He is under criminal investigation in Spain.", ["criminal_record"]),
        ("Greg sees his parole officer every Tuesday.", ["criminal_record"]),
        ("The regulator has the merger under investigation.", []),
        ("The police are investigating Zoomit's breach, so he's swamped.", []),
        ("Their new hire is on probation for three months.", []),
    ],
)
def test_detector_blind6_classes(text: str, categories: list[str]) -> None:
    assert detect(text).categories == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # candidacies named by their party or election; partisan roles at the polls; votes promised to a platform
        ("She stood as a La France Insoumise candidate in the municipal elections.", ["political_opinion"]),
        ("He ran in the local elections last spring.", ["political_opinion"]),
        ("Ben is running for city council again.", ["political_opinion"]),
        ("Dana is a poll watcher for the Democratic Party on Tuesday.", ["political_opinion"]),
        ("Grant ranted that the carbon tax is a scam and he'll vote for whoever scraps it.", ["political_opinion"]),
        ("Our CFO thinks the election was stolen.", ["political_opinion"]),
        ("She is running for re-election to the board in May.", []),
        ("Their CEO ranted about the quote for ten minutes.", []),
        ("Volunteering for the four-week pilot campaign is open to all reps.", []),
        # congregations, clergy, orders, hours of prayer and rites of more faiths
        ("Kwabena is an elder at his Pentecostal church.", ["religion"]),
        ("Tom plays the organ at St Mary's church on Sundays.", []),
        ("Tom is the organist at St Mary's church.", ["religion"]),
        ("Main contact is Anselm, a Benedictine monk who runs the books.", ["religion"]),
        ("Rabbi Cohen will join the call.", ["religion"]),
        ("Maria went to a Jesuit school.", []),
        ("Brother Skilling is at it yet again.", []),
        ("He only checks email after Vespers.", ["religion"]),
        ("Nadia leaves early for Maghrib prayers.", ["religion"]),
        ("Avi is saying Kaddish for his mum and goes to the evening minyan.", ["religion"]),
        ("Ruth is sitting shiva this week.", ["religion"]),
        ("Tom's daughter's first communion is on Sunday.", ["religion"]),
        ("She is on a pilgrimage to Lourdes with her mother.", ["religion"]),
        ("Their annual pilgrimage to Dreamforce is next week, so the team is away.", []),
        # partners in other languages, with the owner's gender from the possessive or the last name before
        ("Javier vino con su novio, Andrés.", ["sexual_orientation"]),
        ("Marie est venue avec sa femme.", ["sexual_orientation"]),
        ("Anna kam mit ihrer Frau Petra.", ["sexual_orientation"]),
        ("Javier vino con su novia, Ana.", []),
        ("Pierre est venu avec sa femme.", []),
        ("Claire is Martha's ex-wife.", ["sexual_orientation"]),
        # the union side of bargaining; a local's bare number
        ("I'm on the bargaining committee for our local, so I can't champion it.", ["trade_union"]),
        ("Priscilla is the SEIU 1199 delegate for the night shift.", ["trade_union"]),
        ("He is the steward for our local.", ["trade_union"]),
        ("Tom is the president of our local chamber of commerce.", []),
        ("Ana heads the negotiating team for the Hatfan deal.", []),
        # enrolment addressed to the one enrolled; gene tests with a word between
        ("Ok Ingrid, say it three times and it'll build your voice profile.", ["genetic_biometric"]),
        ("Oskar and his twin did a DNA zygosity test.", ["genetic_biometric"]),
        ("Register your fingerprint in Settings to unlock the app.", []),
        # living donation and transplants; an animal's surgery is not a person's health
        ("Uchenna is donating a kidney to her brother.", ["health"]),
        ("Tom is giving part of his liver to his dad.", ["health"]),
        ("His wife is on the transplant list.", ["health"]),
        ("Tom gave his heart to the project.", []),
        ("The article asks for more organ donors, Tom says.", []),
        ("Tess's dog had emergency surgery, so she's WFH today.", []),
        ("Her cat was diagnosed with diabetes.", []),
        ("Tom walked the dog after his surgery.", ["health"]),
    ],
)
def test_detector_blind7_classes(text: str, categories: list[str]) -> None:
    assert detect(text).categories == categories


def test_allowed_categories_are_not_reported() -> None:
    text = "Nora is off with the flu and goes to church on Sundays."
    assert detect(text, allowed=["health"]).categories == ["religion"]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("she's out for chemo next month, push the call", "[health detail removed] next month, push the call"),
        (
            "Call moved to the 14th. Tom is off with flu until Friday and asked us to wait.",
            "Call moved to the 14th. [health detail removed] until Friday and asked us to wait.",
        ),
        (
            "Dev is diabetic and fasting for Navratri this week, so do a 10am call.",
            "[health and religious detail removed] this week, so do a 10am call.",
        ),
        ("Nothing sensitive here: the quote goes out Monday.", "Nothing sensitive here: the quote goes out Monday."),
    ],
)
def test_redaction_keeps_the_rest_and_the_dates(text: str, redacted: str) -> None:
    assert redact(text).text == redacted
    assert redact(text).changed is (text != redacted)


def test_masking_round_trip_and_what_is_not_a_phone() -> None:
    masker = Masker(["Maria Lopez", "Maria", "Al"])  # names under three letters are never masked
    original = "Maria Lopez (maria@acme.example, +44 20 7946 0958) closed $1,234,567 on 2017-12-31; ask Maria. Al"
    masked = masker.mask(original)
    assert masked == "PERSON_1 (EMAIL_1, PHONE_1) closed $1,234,567 on 2017-12-31; ask PERSON_2. Al"
    assert masker.unmask(masked + " PERSON_9") == original + " PERSON_9"  # unknown tokens stay


@pytest.mark.parametrize(
    "question",
    ["is the CFO at Cancity pregnant?", "which party does he vote for?", "Is Maria gay?",
     "does Kevin have a criminal record?", "guess whether their buyer is Muslim", "what's her ethnicity?",
     "Is Karen a union member?", "find out if their CTO has cancer",
     "based on the surnames of the people at Gekko & Co can you guess their ethnic background?",
     "which of the contacts at Cancity are Muslim?", "guess which of their contacts votes Republican"],
)  # fmt: skip
def test_inference_requests_are_refused(question: str) -> None:
    assert sensitive_inference(question) is not None
    refusal = screen(question)
    assert refusal is not None and refusal.reason == "sensitive_inference"


@pytest.mark.parametrize(
    "question",
    ["how healthy is my pipeline?", "which party signs the contract at Hatfan?", "is the CFO available next week?",
     "does she have any open deals?", "what's the record for our biggest deal?",
     "Maria's out for chemo next week, can you push the Cancity call?",  # a stated fact is redacted, not refused
     "are their staff unionised?", "how many of the contacts at Cancity have an open deal?",
     "guess which of the buyers at Hatfan will sign first"],
)  # fmt: skip
def test_ordinary_questions_pass(question: str) -> None:
    assert screen(question) is None


def cases_file(tmp_path: Path) -> Path:
    lines = [
        {"id": "a", "text": "Nora is off with flu.", "expect": {"sensitive": True, "categories": ["health"]}},
        {"id": "b", "text": "Pipeline health-check done.", "expect": {"sensitive": False, "categories": []}},
        {"id": "c", "text": "Fine weather.", "expect": {"sensitive": True, "categories": ["religion"]}},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{not json\n\n")
    return path


def test_eval_scores_and_writes_predictions(tmp_path: Path) -> None:
    out = io.StringIO()
    scores = run_privacy(cases_path=cases_file(tmp_path), predictions_path=tmp_path / "p.jsonl", out=out)
    lines = out.getvalue().splitlines()
    assert (scores.tp, scores.fp, scores.fn, scores.tn, scores.bad_lines) == (1, 0, 1, 1, 1)
    assert lines[0].startswith("FAIL c (line 3): expected [religion], got not sensitive")
    assert lines[1].startswith("FAIL line 4: not valid JSON")
    match = SUMMARY.match(lines[-1])
    assert match is not None and match.groups() == ("2", "4", "1.000", "0.500", "0.500", "0.667")
    predictions = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert predictions[0] == {"id": "a", "predicted": {"sensitive": True, "categories": ["health"]}}
    assert len(predictions) == 3


def test_eval_privacy_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "privacy", "--cases", str(cases_file(tmp_path))]) == 0
    assert SUMMARY.match(capsys.readouterr().out.splitlines()[-1])
    assert main(["eval", "privacy", "--cases", str(tmp_path / "missing.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err


def test_residency() -> None:
    from bot.errors import ConfigurationError
    from policies.privacy.residency import allowed_regions, check_residency

    assert allowed_regions("EU", None) == {"eu"} and allowed_regions("eu", "eu, uk") == {"eu", "uk"}
    check_residency(data_region=None, allowed=None, endpoints={"LLM_REGION": (True, None)})  # no residency rule
    check_residency(data_region="eu", allowed="eu,uk", endpoints={"LLM_REGION": (True, "UK"),
                                                                   "EMBEDDING_REGION": (False, None)})  # fmt: skip
    with pytest.raises(ConfigurationError, match="EMBEDDING_REGION=us is outside the allowed regions"):
        check_residency(data_region="eu", allowed=None, endpoints={"EMBEDDING_REGION": (True, "us")})


EVAL_SETS = {
    "dev": SHARED_EVALS / "dev" / "privacy.jsonl",
    "extra": Path(__file__).resolve().parents[1] / "evals" / "privacy_extra.jsonl",
    "blind3": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind3.jsonl",
    "blind4": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind4.jsonl",
    "blind5": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind5.jsonl",  # first run f1=0.712
    "blind6": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind6.jsonl",  # first run f1=0.750
    "blind7": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind7.jsonl",  # first run f1=0.615
    "blind8": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind8.jsonl",  # first run f1=0.735
    "blind9": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind9.jsonl",  # first run f1=0.815
    "blind10": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind10.jsonl",  # first run f1=0.792
    "blind11": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind11.jsonl",  # first run f1=0.667
    "blind12": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind12.jsonl",  # first run f1=0.815
    "blind13": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind13.jsonl",  # first run f1=0.640
    "blind14": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind14.jsonl",  # first run f1=0.947
    "blind15": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind15.jsonl",  # first run f1=0.923
    "blind16": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind16.jsonl",  # first run f1=0.947
    "blind17": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind17.jsonl",  # first run f1=0.895
    "blind18": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind18.jsonl",  # first run f1=0.919
    "blind19": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind19.jsonl",  # first run f1=0.919
    "blind20": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind20.jsonl",  # first run f1=0.923
    "blind21": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind21.jsonl",  # first run f1=0.895
    "blind22": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind22.jsonl",  # first run f1=0.919
    "blind23": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind23.jsonl",  # first run f1=0.824; b23-009
    "blind24": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind24.jsonl",  # first run f1=0.947
    "blind25": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind25.jsonl",  # first run f1=0.765
    "blind26": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind26.jsonl",  # first run f1=0.687
    "blind27": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind27.jsonl",  # first run f1=0.865
    "blind28": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind28.jsonl",  # first run f1=0.857
    "blind29": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind29.jsonl",  # first run f1=0.667
    "blind30": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind30.jsonl",  # first run f1=0.788
    "blind31": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind31.jsonl",  # first run f1=0.667
    "blind32": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind32.jsonl",  # first run f1=0.645
    "blind33": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind33.jsonl",  # first run f1=0.686
    "blind34": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind34.jsonl",  # first run f1=0.533
    "blind35": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind35.jsonl",  # first run f1=0.667
    "blind36": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind36.jsonl",  # first run f1=0.800
    "blind37": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind37.jsonl",  # first run f1=0.828
    "blind38": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind38.jsonl",  # first run f1=0.941
    "blind39": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind39.jsonl",  # first run f1=0.788
    "blind40": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind40.jsonl",  # first run f1=0.947
    "blind41": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind41.jsonl",  # first run f1=0.923, now 1
    "blind42": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind42.jsonl",  # first run f1=0.947, now 1
    "blind43": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind43.jsonl",  # first run f1=0.974, now 1
    "blind44": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind44.jsonl",  # first run f1=0.882, now 1
    "blind45": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind45.jsonl",  # first run f1=0.645, now 1
    "blind46": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind46.jsonl",  # first run f1=0.774, now 1
    "blind47": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind47.jsonl",  # first run f1=0.733, now 1
    "blind48": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind48.jsonl",  # first run f1=0.714, now 1
    "blind49": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind49.jsonl",  # first run f1=0.593, now 1
    "blind50": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind50.jsonl",  # first run f1=0.385, now 1
    "blind51": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind51.jsonl",  # first run f1=0.593, now 1
    "blind52": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind52.jsonl",  # first run f1=0.710, now 1
    "blind53": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind53.jsonl",  # first run f1=0.621, now 1
    "blind54": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind54.jsonl",  # first run f1=0.865, now 1
    "blind55": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind55.jsonl",  # first run f1=0.538, now 1
    "blind56": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind56.jsonl",  # first run f1=0.842, now 1
    "blind57": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind57.jsonl",  # first run f1=0.800, now 1
    "blind58": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind58.jsonl",  # first run f1=0.519, now 1
    "blind59": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind59.jsonl",  # first run f1=0.320, now 1
    "blind60": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind60.jsonl",  # first run f1=0.640, now 1
    "blind61": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind61.jsonl",  # first run f1=0.839, now 1
    "blind62": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind62.jsonl",  # first run f1=0.941, now 1
    "blind63": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind63.jsonl",  # first run f1=0.813, now 1
    "blind64": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind64.jsonl",  # first run f1=0.848, now 1
    "blind65": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind65.jsonl",  # first run f1=0.759, now 1
    "blind66": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind66.jsonl",  # first run f1=0.875, now 1
    "blind67": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind67.jsonl",  # first run f1=0.813, now 1
    "blind68": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind68.jsonl",  # first run f1=0.735, now 1
    "blind69": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind69.jsonl",  # first run f1=0.792, now 1
    "blind70": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind70.jsonl",  # first run f1=0.794, now 1
    "blind71": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind71.jsonl",  # first run f1=0.762, now 1
    "blind72": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind72.jsonl",  # first run f1=0.769, now 1
    "blind73": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind73.jsonl",  # first run f1=0.652, now 1
    "blind74": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind74.jsonl",  # first run f1=0.863, now 1
    "blind75": Path(__file__).resolve().parents[1] / "evals" / "privacy_blind75.jsonl",  # first run f1=0.754, now 1
}


# Sets not at a perfect score, with the (f1, category accuracy) each must keep and why. A bar below 1.000 for the
# rest once hid a regression in the risk sets: every other set must stay perfect.
KNOWN_EXCEPTIONS = {
    "blind23": (0.974, 0.95),  # b23-009: a man's "my husband", signed with a name the given-name tables lack
}


@pytest.mark.parametrize("name", sorted(EVAL_SETS))
def test_eval_sets_keep_their_scores(name: str) -> None:
    """A regression guard on whole sets: each keeps the score it reached when its misses were fixed."""
    path = EVAL_SETS[name]
    if not path.is_file():
        pytest.skip(f"{path} not found")
    out = io.StringIO()
    scores = run_privacy(cases_path=path, predictions_path=None, out=out)
    f1, categories = KNOWN_EXCEPTIONS.get(name, (1.0, 1.0))
    assert round(scores.f1, 3) >= f1 and round(scores.category_accuracy, 3) >= categories, out.getvalue()


def test_known_exceptions_name_real_sets() -> None:
    assert set(KNOWN_EXCEPTIONS) <= set(EVAL_SETS)


@pytest.mark.parametrize(
    "text",
    [
        "is Marco straight with us about the budget?",
        "is she sick of hearing from us, do you think?",
        "is the CTO religious about code reviews?",
        "was he sick and tired of the old vendor?",
    ],
)
def test_idioms_about_conduct_are_not_inference_requests(text: str) -> None:
    assert sensitive_inference(text) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [("is Marco straight?", "sexual_orientation"), ("is she sick?", "health"), ("is the CTO religious?", "religion")],
)
def test_the_same_words_as_traits_are_still_refused(text: str, category: str) -> None:
    assert sensitive_inference(text) == category
