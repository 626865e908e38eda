"""Reading a sales question: entities, period, stage, measures and the shape of answer wanted,
turned into calls of the same tools a language model would use."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from agents.offline import (
    account_shapes,
    comparison,
    contact_email,
    drafts_waiting,
    everyday,
    filters,
    forecast_asked,
    memory_asked,
    pipeline_summary,
    ratios,
    shapes,
)
from agents.offline import left_out as named_out
from agents.offline import lexicon as lx
from agents.offline.actions import draft_the_step, read_request, without_rep_writing
from agents.offline.bystanders import bystander
from agents.offline.calls import tool_calls
from agents.offline.closed_unwon import closed_never_won
from agents.offline.domain import HELD, greeted_only
from agents.offline.draft_to_it import pointed_draft
from agents.offline.engaged_closed import engaged_and_closed
from agents.offline.entities import Gazetteer, find_mentions, plain_words, tokens_of
from agents.offline.every_group import every_group_asked, which_had_none
from agents.offline.focus import without_courtesy
from agents.offline.group_headcount import group_headcount
from agents.offline.group_member import picks_a_member
from agents.offline.in_each_period import picked_by_period
from agents.offline.measures import for_the_stage, measures_of, without_company_size
from agents.offline.not_recorded import outside_the_crm
from agents.offline.open_then import STOCK
from agents.offline.org_chart import org_question
from agents.offline.positions import both_ends, event_sort, list_sort, one_deal_asked, place, several_deals
from agents.offline.question import Question, ToolCall
from agents.offline.ranking import TOTAL_FIRST, about_deals, change, held_any_deal, ranking
from agents.offline.scope import about_the_parent, deal_scope, excluded
from agents.offline.sectors_apart import each_sector
from agents.offline.series_words import series_scope
from agents.offline.share_shape import share, share_of_whole
from agents.offline.sister_words import with_sisters
from agents.offline.stage_share import open_value_by_stage
from agents.offline.stale_engaging import stale_list
from agents.offline.team_average import against_the_team_average
from agents.offline.where_based import where_they_are
from agents.periods import find_periods

__all__ = ["Question", "ToolCall", "follow_up", "read", "tool_calls"]


def read(text: str, gazetteer: Gazetteer, today: date) -> Question:
    """The :class:`Question` in ``text``; the groups with deals in each period named, when that is what it asks
    ("accounts I won deals with in both halves of 2017")."""
    t = lx.normalised(text)
    return picked_by_period(stale_list(_read(text, gazetteer, today), t, text, today), t, text, today)


def _read(text: str, gazetteer: Gazetteer, today: date) -> Question:
    t = without_courtesy(lx.normalised(text))  # "would you mind drafting ...": the request it wraps
    tokens = tokens_of(text)
    if everyday.only_thanks(t, text):  # "thanks!", "great, thanks": nothing asked, so nothing to look up
        return Question("help", text=text, reason="thanks")
    mentions = plain_words(find_mentions(gazetteer, tokens), tokens, text)  # "summer push": no Summer
    if (address := contact_email.read(t, text, mentions)) is not None:
        return address  # "what's the email address of our contact at Codehow?": an address, not a draft
    if (request := read_request(t, text, mentions)) is not None:
        return request
    if (waiting := drafts_waiting.read(t)) is not None:
        return waiting  # "show my pending drafts"; a typed "approve it", which only the card's button can do
    if (said := memory_asked.read(t, text, mentions, today)) is not None:
        return said  # "what did Cancity say about pricing?": their words, from the interaction memory
    t = without_rep_writing(t)  # "I'll write to Konex myself, just tell me ...": the rep's aside owns no deals
    if (outside := outside_the_crm(t, text)) is not None:  # "Quorvia's win rate", "which reps speak japanese"
        return outside
    named_deals = filters.opportunity_ids(text)
    if len(named_deals) > 1:  # "ZGSQMEQ9 and Z063OYW0, which closed for more?"
        measure = "pipeline_value" if re.search(r" (?:open|pipeline|pipe|list) ", t) else "won_revenue"
        return Question("compare", (measure,), {}, text=text, sides=tuple({"deal": d} for d in named_deals))
    if named_deals:
        return shapes.lookup(named_deals[0], text)  # "opp 3F5AAJZB - who closed it, for how much?"
    left_out = named_out.excluded(tokens, mentions)  # "besides Kan-code", "leave Carl out of it"
    aside = [*named_out.contrasted(tokens, mentions), *(m for m in mentions if bystander(tokens, m, mentions))]
    every_named = mentions  # every product named, left out or not, keeps its series word from being read as the series
    # "Darcel carries the team ... the rest, not counting Darcel": once left out, named anywhere else scopes nothing
    # (a rep only: "Faxquote's sisters, besides Faxquote" still asks of Faxquote); "b4 my 1:1 w/ melvin": no side
    left_names = {(m.kind, m.name) for m in left_out if m.kind == "person"}
    mentions = [m for m in mentions if m not in left_out and (m.kind, m.name) not in left_names and m not in aside]
    account = next((m for m in mentions if m.kind == "account"), None)
    vs_list, t = filters.list_price_side(
        t
    )  # "closed above the product's list price": a filter, neither a value nor a list
    measures = measures_of(without_company_size(t, text))
    target = filters.quota(text) if "attainment" in measures else None  # "my quota was $300k, what % did I hit"
    if "attainment" in measures:
        measures = (*(m for m in measures if m != "attainment"), *(("won_revenue", "attainment") if target else ()))
        measures = tuple(dict.fromkeys(measures))
    t, me_left_out = named_out.without_me(t)
    scope = {
        **deal_scope(t, text, mentions, today, measures, gazetteer.series),
        **named_out.exclusions(left_out),
    }
    if me_left_out:
        scope["exclude_owners"] = [*scope.get("exclude_owners", []), "me"]
    if not {"product", "products"} & scope.keys():
        scope.update(series_scope(t, gazetteer.series, every_named))  # "were GTX", "deals that aren't GTX"
    if (ahead := forecast_asked.read(t, text, scope, measures, today)) is not None:
        return ahead  # "what's our forecast for q1 2018?": no close dates ahead, so the open pipeline instead
    if (everyday_question := everyday.read_first(t, text, scope, today)) is not None:
        return everyday_question  # "what's stuck?", "anything closing soon?", "how many did I lose to price?"
    if (pipeline := pipeline_summary.read(t, text, scope, measures)) is not None:
        return pipeline  # "pipeline summary for my team", "how's the team pipe looking"
    if vs_list == "both":  # "how many closed above list and how many below it": the two sides, side by side
        sides = ({"vs_list": "above"}, {"vs_list": "below"})
        return Question("compare", measures or ("deals",), {"stage": "won", **scope}, text=text, sides=sides)
    if vs_list is not None:
        scope = {"stage": "won", **scope, "vs_list": vs_list}  # only a won deal has a price to set against the list
    facts = tuple(f for f, cues in lx.FACT_CUES.items() if any(lx.has(t, c) and not excluded(t, c) for c in cues))
    facts = account_shapes.deals_owned(t, facts)  # "open deals with X, and who owns them": the reps on them
    facts = with_sisters(t, facts)  # "what other accts sit under that same parent": the parent's other subs
    facts, scope = group_headcount(t, facts, scope)  # "combined headcount of the whole group incl Inity itself"
    facts, measures = account_shapes.profile_revenue(t, facts, measures)  # "headcount, revenue and sector"
    measures = account_shapes.company_age(t, facts, measures)  # "how long has X been around": its founding year
    if "company_revenue" in facts and t.count(" revenue ") == len(_COMPANY_REVENUE.findall(t)):
        measures = tuple(m for m in measures if m != "won_revenue")  # "Finjob's annual revenue": theirs, not our wins
    if lx.SPREAD.search(t) and scope.get("stage") in (None, "won", "closed") and not re.search(r" (?:which|who) ", t):
        return Question("figure", ("min_won_size", "max_won_size"), {**scope, "stage": "won"}, text=text)  # both ends
    if (ranked_subsidiaries := account_shapes.subsidiary_extreme(t, scope, text)) is not None:
        return ranked_subsidiaries  # "which of Golddex's subsidiaries has the most staff?"
    if (extreme := account_shapes.account_extreme(t, scope, text, measures)) is not None:
        return extreme  # "which customer of ours is the youngest company?", "... of mine has the largest headcount"
    sort = list_sort(t, measures)
    if (event := event_sort(t, scope)) is not None and not comparison.roll_call(t, mentions):
        return Question("list", measures or ("deals",), scope, sort=event, text=text)  # "my very first win"
    averaged = "avg_won_size" in measures or lx.has(t, "on average")  # "the biggest deals on average": a mean
    if averaged and sort == "largest" and not measures:
        measures = ("avg_won_size",)
    if (several := several_deals(t)) is not None and (sort := sort or several[1]) in (
        "oldest_engaged",
        "largest",
        "smallest",
    ):
        return Question("list", measures, scope, sort=sort, top=several[0], text=text)  # "my 3 largest wins"
    if (
        sort in ("oldest_engaged", "largest", "smallest")
        and one_deal_asked(t)
        and not (averaged and sort != "oldest_engaged")
    ):
        return Question("list", measures, scope, sort=sort, text=text, nth=place(t))  # "biggest deal ... which product"
    if (
        account is not None
        and facts
        and not {"account_group", "parent"} & scope.keys()
        and (not set(measures) - {"deals"} or about_the_parent(t, facts))
        and not ((measures or about_deals(t)) and picks_a_member(t))  # "which of Sonron's subs has the most open deals"
    ):
        return account_shapes.facts_and_figures(measures, scope, facts, text)  # "who's the parent of X", "staff?"
    if ratios.PER_HEAD.search(t) and "win_rate" in measures:  # "our average win rate per rep": the pooled rate
        return Question("figure", ("win_rate",), scope, text=text)
    if ratios.PER_HEAD.search(t) and scope.get("owner") != "me":  # "the team's total, and what's that per rep?"
        open_deals = scope.get("stage") in ("open", "engaging", "prospecting")  # "the open pipeline in total"
        counted = next((m for m in measures if m in ("won_revenue", "deals", "pipeline_value")),
                       "pipeline_value" if open_deals else "won_revenue")  # fmt: skip
        if ratios.DEALS_PER_HEAD.search(t):
            counted = "deals"  # "average won deals per rep", "how many wins per head": a count, not a deal's size
        with_deals = tuple(h for h in filters.group_bounds(t, text)[0] if h == "deals>=1")  # only reps with deals
        return Question("ranking", (counted,), scope, "rep", text=text, sides=({},), per_group=True, having=with_deals)
    people = {tokens[m.start]: m.name for m in mentions if m.kind == "person"}
    having, unbounded = filters.group_bounds(t, text)  # "which reps closed-won at least 20 deals": groups past a bar
    rate_barred = any(h.startswith(_RATE_BAR) for h in having)  # "which reps are below a 60% win rate"
    if rate_barred and scope.get("stage") in ("won", "lost"):
        scope = {k: v for k, v in scope.items() if k != "stage"}  # "a loss rate over 35%": won and lost both count
    for shape in (
        org_question(t, scope, text),  # "who manages the West office?", "who does Vicki report to?"
        shapes.catalogue(t, scope, text),  # "what's the list price on MG Advanced?"
        engaged_and_closed(t, scope, text, today),  # "deals engaged in Q4 vs deals won in Q4"
        account_shapes.accounts_spread(t, scope, text),  # "which industry has the most companies in our list?"
        account_shapes.total_headcount(t, scope, text),  # "total headcount of accounts in the software sector"
        # "which of our accounts are headquartered in Europe?"; "how many accts in retail vs medical?": each sector's
        each_sector(account_shapes.account_list(t, scope, measures, text), tokens, mentions),
        where_they_are(t, scope, text),  # "what countries are the accounts I've worked deals with based in?"
        None if having else shapes.roster(t, scope, measures, text),  # "who's on my team, anyone with no deals?"
        open_value_by_stage(t, scope, measures, text),  # "open pipeline $ for my team, engaging vs prospecting"
        against_the_team_average(t, scope, measures, text),  # "who on my team is below the team average?"
        shapes.against(t, scope, measures, people, text),  # "who on Summer's team has booked more than me?"
        None if having else shapes.distinct(t, scope, text),  # "how many different companies did I win a deal with?"
        shapes.behind_leader(t, scope, measures, text),  # "who's #1 on our team, and how far behind them am I?"
        shapes.standing(t, scope, measures, text),  # "where do I rank in our office by won revenue?"
        comparison.products_against(t, tokens, mentions, gazetteer.series, scope, measures, text),  # "GTX vs MG"
        # "what share of my won $ is GTX Pro?"; not "which reps have a loss rate over 35%" (a bar on each rep)
        None if rate_barred else share(t, scope, measures, text, today, tuple(people.values())),
    ):
        if shape is not None:
            return shape
    if (gaps := shapes.without_for_a_while(t, scope, text, today)) is not None:
        return gaps  # "any account that went a whole quarter without a win?"
    if (moved := change(t, scope, measures, mentions, today)) is not None:
        return replace(moved, text=text)  # "which of my reps grew their won revenue the most from Q3 to Q4?"
    compared = comparison.sides(t, tokens, mentions, today)
    if compared and "close_days" in scope and all("period" in side for side in compared):
        compared = None  # "on mar 31 or jun 30": days to count together, not periods to set side by side
    if compared:
        named = {field for side in compared for field in side} | ({"products"} if "product" in compared[0] else set())
        base = {k: v for k, v in scope.items() if k not in named}
        rated = (measures or ("won_revenue",))[:1] == ("win_rate",) or ratios.rate_beside_won_only(measures)
        if rated and base.get("stage") in ("won", "lost"):
            # "do we win more often at A or at B", "East vs West: won rev and win rate": a rate needs the losses too
            del base["stage"]
        deals_asked = bool(lx.COUNT_ASKED.search(t) or _DEALS_FIRST.match(t)) or base.get("stage") in ("lost", "open")
        default: tuple[str, ...] = ("deals",) if deals_asked else ("won_revenue",)
        if base.get("stage") == "open" and re.search(r" (?:pipeline|pipe)s? ", t) and not lx.COUNT_ASKED.search(t):
            default = ("pipeline_value", "deals")  # "my open pipeline vs Kami's": what it is worth, and how many
        return Question("compare", measures or default, base, text=text, sides=tuple(compared))  # "who won more deals"
    if _IDS.search(t):  # "pull the opp ids for the deals I lost, and which customers": the deals themselves
        return Question("list", measures, scope, sort=sort or "newest", text=text)
    unbounded = which_had_none(unbounded, filters.never(unbounded))  # "how many reps had no wins in Sept"
    group_by, top, ascending = ranking(unbounded, mentions, measures)
    if (unwon := closed_never_won(t, scope, group_by, text)) is not None:
        return unwon  # "any accounts where every deal I've closed was a loss?"
    if group_by is not None and measures[:1] == ("avg_open_age_days",):  # "which rep's deals have sat longest"
        return Question("list", measures, scope, sort="oldest_engaged", text=text)  # the oldest, with its owner
    if (having or filters.never(unbounded)) and group_by is None:
        # "how many reps have won more than $400k", "how many accounts didnt get a single won deal in October": the
        # groups past the bar, or with none
        group_by = shapes.counted_group(unbounded)
    if group_by is not None and len(measures) > 1:  # "quick breakdown: how many wins did each rep get": no figure
        measures = tuple(m for m in measures if m != "breakdown")
    if group_by is None and scope.get("subsidiary") and re.search(r" which (?:one|of them|sub|subsidiary) ", t):
        lowest = any(lx.has(t, c) for c in lx.ASCENDING_CUES)
        group_by, top, ascending = "account", 1, lowest  # "of Sonron's subsidiaries, which one won the most"
    superlative = any(lx.has(unbounded, c) for c in ("best", "worst", "most", "highest", "lowest", "top", "bottom",
                                                      "fewest", "least", "smallest", "biggest", "largest"))  # fmt: skip
    if group_by is not None and not having and not superlative and filters.never(unbounded):
        # "which products have I never won?": the groups with none; not "who had the fewest? (Carl hasn't got any)"
        return Question("ranking", ("deals",), scope, group_by, None, False, text=text, having=("deals=0",))
    if having and group_by is not None:
        counted = re.split(r"[<>=]+", having[0])[0]
        if not superlative:  # "which ones": every group past the bar, by the figure it is held to
            return Question("ranking", (counted,), scope, group_by, None, False, text=text, having=having)
        # "of the reps that still have open deals, which two have the fewest": ranked by what the bar counts
        return Question("ranking", measures or (counted,), scope, group_by, top, ascending, text=text, having=having)
    named_series = {w.upper() for w in tokens} & set(gazetteer.series)
    if group_by == "series" and len(named_series) + sum(m.kind == "product" for m in mentions) > 1:
        scope = {k: v for k, v in scope.items() if k not in ("product", "products")}  # "(GTX / MG / GTK)": the groups
    if group_by is not None and sum(m.kind == _GROUP_KINDS.get(group_by) for m in mentions) > 1:
        # "avg deal size per office? I want Central, East and West side by side": the groups named, not a filter;
        # the "I" of "I want" asks, it owns nothing
        scope.pop(group_by, None)
        if group_by == "rep" and scope.get("owner") not in (None, "me"):
            # "who on my team won more in Q4? Boris and Cassey are close": the team ranked, every rep shown so
            # both named stand beside the leader, not the first name taken as the owner
            del scope["owner"]
            if lx.means_my_team(t, text):
                scope["owner"] = "my team"
            top = None
        if scope.get("owner") == "me" and not re.search(
            r" (?:my|mine|me|i've|ive|i'm) | i (?!want |need |'d like |would like )", t
        ):
            del scope["owner"]
    if group_by == "rep" and scope.get("owner") in (None, "me") and _FOR_THE_ASKER.search(t):
        scope["owner"] = "my team"  # "who closed the most deals for me last month": the reps who sell for the asker
    if group_by == "rep" and scope.get("owner") == "me" and not re.search(r" (my|mine|our) ", t):
        del scope["owner"]  # "who has the most open deals at Isdom? I want to coordinate": reps, not my own deals
    rated = measures[:1] == ("win_rate",) or ratios.rate_beside_won_only(measures)
    if group_by is not None and rated and scope.get("stage") in ("won", "lost"):
        del scope["stage"]  # "which account do we win most often at", "top reps by won rev and their win rates"
    if group_by is not None and top is None and scope.get("stage") == "won" and held_any_deal(t):
        del scope["stage"]  # "who are all the reps that have ever had a deal with them, and total won $": every one
    if group_by is not None:
        counts = lx.COUNT_ASKED.search(t)
        # lost and open deals bring in nothing: "which product do we lose the most", "who's got the biggest pile of
        # prospecting deals" rank by how many
        unearned = scope.get("stage") in ("lost", "open", "engaging", "prospecting")
        unearned = unearned or scope.get("stage") == "closed"  # "who closed the most in september": counted
        if not measures and re.search(r" how much (?:open )?(?:pipeline|pipe) ", t):
            measures = ("pipeline_value",)  # "how much pipeline does each of my people have": its value
        measures = measures or (
            ("deals",) if counts or unearned else ("won_revenue",)
        )  # "which sector has the most open"
        if re.search(r" (most|fewest|least) (\w+ ){0,2}(deals|opps|wins) ", t) and not re.search(
            r" (revenue|dollars|value|money|worth|amount) ", t
        ):
            measures = ("deals", *(m for m in measures if m != "deals"))  # "closed-won the most deals": a count
        if _CHUNK.search(t) and "won_revenue" in measures:
            measures = ("won_revenue", *(m for m in measures if m != "won_revenue"))  # "the biggest chunk of it ($)"
        if measures[0] == "avg_cycle_days" and any(lx.has(t.replace("-", " "), c) for c in lx.FAST_CUES):
            ascending = True  # "which office closes its wins fastest": the fewest days
        if top == 1 and _EACH.search(t) and not re.search(r" (which|who|whos|what) ", t):
            top = None  # "open deals per rep on my team, highest first": every group, not the leader
        if top == 1 and every_group_asked(t):
            top = None  # "which office closes fastest? per office, all three": the leader first, then the rest
        if group_by in ("month", "quarter") and "period" not in scope and lx.engaged_when(t):
            scope["date_field"] = "engage"  # "which month did we engage the most deals": months of the engage date
        periods = find_periods(text, today) if group_by in ("month", "quarter") else []
        if len(periods) > 1 or (periods and (periods[0].parts or scope.get("period") != periods[0].phrase)):
            # "each quarter of this year? q1, q2, q3, q4", "oct nov dec, each month": the buckets are named, the span
            # is all of them
            start, end = min(p.start for p in periods), max(p.end for p in periods)
            scope = {**scope, "period": f"{start.isoformat()} to {end.isoformat()}"}
        # "how many are open, and who holds the most?": the whole too, with its leader
        whole: tuple[dict[str, Any], ...] = ({},) if TOTAL_FIRST.search(t) or share_of_whole(t) else ()
        if nth := place(t):  # "who's second on won revenue": the ranking down to that place
            top = max(top or 0, nth)
        if two_ends := both_ends(unbounded):  # "which do we win fastest and which slowest": every group, both ends
            top, whole = None, ()
        return Question("ranking", measures, scope, group_by, top, ascending, text=text, sides=whole, nth=nth,
                        ends=two_ends)  # fmt: skip
    if sort is not None:
        return Question("list", measures, scope, sort=sort, text=text)
    # "won"/"lost"/"open" alone are everyday words ("who won the world cup"); with "I"/"my team" they are sales
    sales_stage = scope.get("stage") in ("engaging", "prospecting") or ("stage" in scope and "owner" in scope)
    sales_stage = sales_stage or ("stage" in scope and HELD.search(t) is not None)  # "do we have anything open"
    if measures or mentions or about_deals(t) or sales_stage or "no_account" in scope:
        if not measures:
            stage = scope.get("stage")
            if stage == "won":
                measures = ("won_revenue",)  # "what did we win with X": the amount, with its deal count
            elif stage or (about_deals(t) and not account):
                measures = ("deals",)
            else:
                measures = ("breakdown",)
        measures = for_the_stage(measures, scope.get("stage"))
        # "my engaging pipe at list price": the open stage named is where the pipeline value comes from
        of_open = (
            scope.get("stage") in ("open", "engaging", "prospecting")
            and "pipeline_value" in measures
            and not (set(measures) - {"pipeline_value", "deals", "list_value"})
        )  # not "my open pipe times my win rate": the rate comes from closed deals
        if "stage" in scope and set(measures) - {"deals", "list_value", "avg_lost_cycle_days"} and not of_open:
            # "how many did we lose, and what was the win rate": the stage picks the count, not the deals
            count_stage = scope.pop("stage")
            return Question("figure", measures, scope, text=text, count_stage=count_stage, target=target)
        return Question("figure", measures, scope, text=text, target=target)
    if (everyday_question := everyday.read_last(t, text, scope, len(mentions), today)) is not None:
        return everyday_question  # "how's my quarter looking?", "what did we close in Q3?"
    if greeted_only(t):
        return Question("help", text=text)  # not "morning! what's the score of last night's game?"
    return Question("out_of_scope", scope=scope, text=text)  # its scope may complete a follow-up


def follow_up(current: Question, previous: Question | None) -> Question:
    """A follow-up ("and last quarter?", "what about Hatfan?", "who owns it?") keeps the previous
    question's shape and changes only what it names; a complete question stands on its own."""
    if (to_it := pointed_draft(current, previous)) is not None:
        return to_it  # "what's my biggest open deal" then "draft a check-in to them": that deal's account
    if current.style == "draft_action":
        return draft_the_step(current, previous)
    if current.style == "said":
        return memory_asked.follow_up(current, previous)
    if previous is not None and previous.style == "multi":
        previous = previous.parts[-1]  # "and last quarter?" after several questions: the last one asked
    if previous is None or previous.style in ("help", "out_of_scope", "draft"):
        return current
    t = lx.normalised(current.text)
    continues = t.startswith((" and ", " what about ", " how about ", " same for ", " what if ", " now "))
    if re.search(r" (who owns|whose|who has|who is on) (it|that|this) ", t) and previous.style == "list":
        return replace(previous, measures=("owner",), text=current.text)
    if current.style == "draft" or not (continues or current.style == "out_of_scope"):
        return current
    if current.style == "out_of_scope" and not current.scope:
        return current
    scope = {**previous.scope, **current.scope}
    if "period" in current.scope and "date_field" not in current.scope:
        scope["date_field"] = previous.scope.get("date_field", "close")
    if (
        "period" in current.scope
        and not current.measures
        and scope.get("date_field") == "close"
        and scope.get("stage") in STOCK
    ):
        scope["date_field"] = "open_at"  # open deals have no close date: "and last quarter?" asks what was open then
    return replace(previous, scope=scope, measures=current.measures or previous.measures, text=current.text)


# the deals themselves asked by their ids: "the opp ids", "ids + count", "id + account" ("id" alone may be "I'd")
_ID_WITH = r"(?:account|acct|customer|client|owner|stage|value|amount|product|name|date|count)s?"
_IDS = re.compile(
    rf" (?:opp|opps|opportunity|deal) (?:ids?|numbers|nos|#s) | ids "
    rf"| id (?:and |plus |with |w |n )?(?:which |what |the |its |their )?{_ID_WITH} "
    rf"| {_ID_WITH} (?:and |plus |with |w |n )?id "
)
_CHUNK = re.compile(
    r" (?:biggest|largest|main|most of|bulk) (?:chunk|share|portion|slice|part|piece|contributor)? ?(?:of )?it "
)
# deals sold for the asker, a ranking of reps: "who closed the most deals for me", "which rep won the most for us in
# Q3", "who's brought in the most revenue for me"; a favour asked ("pull it for me") says nothing of whose deals
_FOR_THE_ASKER = re.compile(
    r" (?:closed|won|sold|booked|landed|brought in|bringing in|made|generated|signed)"
    r"(?: (?:the )?(?:most|least|fewest|more|less|biggest|largest))?(?: [\w$'-]+){0,3}? for (?:me|us) "
)
_EACH = re.compile(r" (?:each|every|per|separately|individually|one by one|broken down|split by|counts) ")
_COMPANY_REVENUE = re.compile(r" (?:annual|company|yearly|total company) revenue ")


_GROUP_KINDS = {"office": "office", "product": "product", "sector": "sector", "account": "account", "rep": "person"}


# the deals themselves as what the message opens on: "deals I started engaging in sept vs oct", "opps won in q3 or q4"
_RATE_BAR = "win_rate"  # a condition on each group's win rate (agents.offline.rate_bounds)
_DEALS_FIRST = re.compile(r"^ (?:(?:my|our|the|new) )?(?:deals|opps|opportunities|wins) (?!by |per |\$|dollars|value)")
