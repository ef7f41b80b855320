//! "Exportera för Word": the decision document as an HTML file Word opens with its headings and
//! tables (`core::document::word`), made from the same sections the page shows, with a shorter
//! section per proposed initiative. An HTML file rather than a .docx: see docs/performance.md.

use leptos::prelude::*;

use super::data::Proposal;
use super::outline::{consequences, economy, label, matter, opening};
use crate::core::document::{word_file_name, word_html, Block, DecisionDocument, Section};
use crate::ui::browser::download::save_text;
use crate::ui::text::num::{decimal, kronor};
use crate::ui::text::t;
use crate::ui::widgets::title::or_dash;

/// One proposed initiative as the Word file shows it: need, benefits, costs, risks and score.
fn initiative(p: &Proposal, heading: String, k: usize) -> Section {
    let b = t().brief();
    let mut facts = vec![
        (b.need.to_string(), or_dash(&p.problem)),
        (
            b.current_situation.to_string(),
            or_dash(&p.current_situation),
        ),
        (b.proposed_by.to_string(), or_dash(&p.proposed_by)),
        (
            b.target_groups.to_string(),
            or_dash(&p.target_groups.join(", ")),
        ),
        (b.goals.to_string(), or_dash(&p.goals.join("; "))),
        (b.investment_total.to_string(), kronor(p.row.investment)),
        (b.running.to_string(), kronor(p.running)),
        (
            t().document().npv_cash_only.to_string(),
            kronor(p.npv_cash_only),
        ),
        (b.initiative_owner.to_string(), or_dash(&p.owner)),
        (b.financing.to_string(), or_dash(&p.financing)),
    ];
    if let Some(decision) = &p.decision {
        facts.insert(0, (b.decision.to_string(), decision.clone()));
    }
    let benefits = p
        .benefits
        .iter()
        .map(|l| format!("{} ({}): {}", or_dash(&l.title), l.class, l.amount))
        .collect();
    let risks = p
        .risks
        .iter()
        .map(|r| {
            format!(
                "{} – {}",
                or_dash(&r.description),
                (b.risk_line)(r.probability, r.consequence, r.score)
            )
        })
        .collect();
    let score = p
        .row
        .score
        .map(|s| decimal(s, 2))
        .unwrap_or_else(|| "–".into());
    let parts = p
        .parts
        .iter()
        .map(|s| (b.score_line)(&s.criterion, s.score, s.points))
        .collect();
    Section::new(format!("doc-initiative-{k}"), heading)
        .with(Block::Facts(facts))
        .child(
            Section::new(format!("doc-initiative-{k}-benefits"), b.benefits)
                .with(Block::List(benefits)),
        )
        .child(Section::new(format!("doc-initiative-{k}-risks"), b.risks).with(Block::List(risks)))
        .child(
            Section::new(
                format!("doc-initiative-{k}-score"),
                format!("{}: {score}", b.score),
            )
            .with(Block::List(parts)),
        )
}

/// Every section of the file, in the document's order.
pub fn file_sections(
    doc: &DecisionDocument,
    org: &str,
    proposals: &[Proposal],
    more: usize,
) -> Vec<Section> {
    let d = t().document();
    let [summary, decision] = opening(doc);
    let mut initiatives = Section::new("doc-initiatives", d.initiatives);
    for (k, (p, shown)) in proposals.iter().zip(&doc.proposed).enumerate() {
        initiatives = initiatives.child(initiative(p, label(shown), k + 1));
    }
    if more > 0 {
        initiatives = initiatives.paragraph((d.more_sections)(more));
    }
    if doc.proposed.is_empty() {
        initiatives = initiatives.paragraph(d.nothing_proposed);
    }
    vec![
        summary,
        decision,
        matter(doc, org),
        economy(doc),
        consequences(doc),
        initiatives,
    ]
}

/// The whole file and its name.
pub fn word_file(
    doc: &DecisionDocument,
    org: &str,
    meta: &str,
    proposals: &[Proposal],
    more: usize,
    date: &str,
) -> (String, String) {
    let title = (t().document().title)(&doc.plan_name);
    let sections = file_sections(doc, org, proposals, more);
    let html = word_html(&title, meta, crate::ui::text::language().code(), &sections);
    (word_file_name(&doc.plan_name, date), html)
}

/// The button and what became of the last export.
#[component]
pub fn WordExport(make: Callback<(), Option<(String, String)>>) -> impl IntoView {
    let d = t().document();
    let status = RwSignal::new(None::<String>);
    let export = move |_| {
        let Some((name, html)) = make.run(()) else {
            return;
        };
        status.set(Some(
            match save_text(&name, "application/msword;charset=utf-8", &html) {
                Ok(()) => (d.export_done)(&name),
                Err(_) => t().share().save_failed.to_string(),
            },
        ));
    };
    view! {
        <button type="button" class="doc-export" aria-describedby="doc-export-hint" on:click=export>{d.export_word}</button>
        <p class="hint" id="doc-export-hint">{d.export_hint}</p>
        <p class="doc-export-status" role="status">{move || status.get()}</p>
    }
}

/// Natively only: the XML parser that reads the file back is not built for wasm.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::core::content::example::example_plan;
    use crate::core::document::{decision_document, ProposedSet};

    fn headings_and_text(html: &str) -> (Vec<String>, String) {
        let doc = roxmltree::Document::parse(html).expect("the Word file is well-formed");
        let headings = doc
            .descendants()
            .filter(|n| matches!(n.tag_name().name(), "h1" | "h2" | "h3" | "h4"))
            .map(|n| n.text().unwrap_or_default().to_string())
            .collect();
        let text = doc
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join(" ");
        (headings, text)
    }

    #[test]
    fn the_word_file_of_the_example_holds_every_section_and_proposed_initiative() {
        let mut plan = example_plan();
        plan.document.proposed = Some(ProposedSet::Line { count: 2 });
        plan.document.decision = Some("Ledningsgruppen föreslås besluta & så vidare.".into());
        let doc = decision_document(&plan);
        let brief = super::super::data::brief(&plan);
        let (name, html) = word_file(
            &doc,
            "Region Västmanland",
            "meta",
            &brief.sections,
            0,
            "2026-12-04",
        );
        assert_eq!(
            name,
            "Handlingsplan regional digital agenda 2019–2021 2026-12-04.doc"
        );
        let (headings, text) = headings_and_text(&html);
        let d = t().document();
        for heading in [
            d.summary,
            d.decision,
            d.matter,
            d.goals,
            d.preparation,
            d.criteria,
            d.economy,
            d.consequences,
            d.equality,
            d.children,
            d.safe,
            d.risks,
            d.readiness,
            d.strategy,
            d.initiatives,
        ] {
            assert!(
                headings.iter().any(|h| h == heading),
                "{heading} in {headings:?}"
            );
        }
        assert!(headings
            .iter()
            .any(|h| h == "1. Digital signering och ankomstregistrering för socialjouren"));
        assert!(headings
            .iter()
            .any(|h| h == "2. Gemensamt biblioteksdatasystem med självbetjäning"));
        assert!(
            !text.contains("Digitala möten som förstahandsval"),
            "the third is below the line"
        );
        assert!(text.contains("Ledningsgruppen föreslås besluta & så vidare."));
        // The app's summary: two initiatives, 1 800 000 kr invested.
        assert!(text.contains("1\u{a0}800\u{a0}000\u{a0}kr"), "{text}");
        // No change summary yet, so no heading for it.
        assert!(!headings.iter().any(|h| h == d.changes));
    }

    #[test]
    fn the_app_proposes_a_decision_with_the_plans_forum_and_ranks() {
        let doc = decision_document(&example_plan());
        let text = super::super::outline::decision_text(&doc);
        assert!(
            text.starts_with("Regionala ledningsgruppen föreslås besluta att prioritera initiativ 1–3 i rangordningen: Digital signering"),
            "{text}"
        );
        assert!(
            text.contains("2\u{a0}050\u{a0}000\u{a0}kr")
                && text.contains("190\u{a0}000\u{a0}kr per år"),
            "{text}"
        );
    }
}
