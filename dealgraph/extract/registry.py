"""The extraction components, registered here explicitly and in order (not as import side effects)."""

from __future__ import annotations

from functools import cache

from dealgraph.extract import coref, deal_clauses, frames, mentions, sentences, structure, tables, values_component
from dealgraph.extract.pipeline import Component


@cache
def default_pipeline() -> tuple[Component, ...]:
    from dealgraph.extract import english

    return (
        Component("sentences", sentences.split_sentences, ("text",), ("sentences",)),
        Component("values", values_component.find_values, ("text", "sentences", "ref_date"), ("values",)),
        Component("mentions", mentions.find_mentions, ("text",), ("mentions",)),
        Component("references", coref.resolve_references, ("sentences", "mentions"), ("mentions",)),
        Component("frames", frames.extract_facts, ("sentences", "mentions", "values"), ("facts",)),
        Component("english", english.extract_facts, ("sentences", "mentions", "values"), ("facts",)),
        Component("listing_proceeds", deal_clauses.listing_proceeds_next, ("facts", "sentences", "mentions", "values"), ("facts",)),
        Component("led_foundings", deal_clauses.led_foundings, ("facts", "sentences", "mentions"), ("facts",)),
        Component("portfolio_sections", structure.portfolio_sections, ("sentences", "mentions"), ("facts",)),
        Component("syndicates", structure.merge_syndicates, ("facts",), ("facts",)),
        Component("deal_terms", structure.attach_deal_terms, ("facts", "sentences", "mentions"), ("facts",)),
        Component("sellers", structure.attach_sellers, ("facts", "sentences", "mentions"), ("facts",)),
        Component("changed_holdings", structure.holdings_after_change, ("facts", "sentences", "values"), ("facts",)),
        Component("assets", structure.attach_assets, ("facts", "mentions"), ("facts",)),
        Component("added_figures", structure.added_figures, ("facts", "sentences", "values"), ("facts",)),
        Component("framework_plans", deal_clauses.framework_plans, ("facts", "sentences", "mentions"), ("facts",)),
        Component("signed_pending", structure.signed_pending, ("facts", "sentences"), ("facts",)),
        Component("still_pending", structure.still_pending, ("facts", "sentences", "mentions"), ("facts",)),
        Component("unnamed_sources", structure.unnamed_sources, ("facts",), ("facts",)),
        Component("carried_moods", structure.carried_moods, ("facts", "sentences"), ("facts",)),
        Component("venture_stakes", structure.venture_stakes, ("facts", "sentences"), ("facts",)),
        Component("plans_going_on", structure.plans_going_on, ("facts", "sentences"), ("facts",)),
        Component("confirmations", structure.apply_confirmations, ("facts", "sentences", "mentions"), ("facts",)),
        Component("completions", structure.apply_completions, ("facts", "sentences", "mentions"), ("facts",)),
        Component("valuations", structure.attach_valuations, ("facts", "values"), ("facts",)),
        Component("hypotheticals", structure.mark_hypotheticals, ("facts",), ("facts",)),
        Component("headline_rumours", structure.headline_rumours, ("facts", "sentences"), ("facts",)),
        Component("denials", structure.apply_denials, ("facts", "sentences", "mentions"), ("facts",)),
        Component("terminations", structure.apply_terminations, ("facts", "sentences", "mentions"), ("facts",)),
        Component("cancelled_awards", structure.apply_cancelled_awards, ("facts", "sentences", "mentions"), ("facts",)),
        Component("specific_partnerships", structure.drop_weaker, ("facts",), ("facts",)),
        Component("groups", structure.expand_groups, ("facts", "mentions"), ("facts",)),
        Component("branch_owners", structure.branch_owners, ("facts", "mentions"), ("facts",)),
        Component("future_months", structure.future_months, ("facts", "ref_date"), ("facts",)),
        Component("company_foundings", structure.company_foundings, ("facts", "sentences", "mentions", "values"), ("facts",)),
        Component("title_yields", structure.title_yields, ("facts", "sentences"), ("facts",)),
        # rows of tables, read after every sentence reader and its follow-ups (nothing above rewrites them)
        Component("tables", tables.read_tables, ("text", "mentions", "values"), ("facts",)),
        Component("dedupe", structure.dedupe, ("facts",), ("facts",)),
        Component("required_roles", structure.require_roles, ("facts",), ("facts",)),
    )
