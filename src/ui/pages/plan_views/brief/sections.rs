//! Renders the document's outline (`core::document::Section`) on the page: a `section` per
//! heading with its id as a class, so print styles and tests can find each part, and tables
//! in the app's scrolling region on screen.

use leptos::prelude::*;

use crate::core::document::{Block, Section, Table};

fn paragraphs(text: String) -> AnyView {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| view! { <p>{l.trim().to_string()}</p> })
        .collect_view()
        .into_any()
}

fn table(t: Table, caption_id: String) -> AnyView {
    let numeric = t.numeric.clone();
    let class = move |k: usize| numeric.get(k).copied().unwrap_or(false).then_some("num");
    let head = t
        .head
        .iter()
        .enumerate()
        .map(|(k, h)| view! { <th scope="col" class=class(k)>{h.clone()}</th> })
        .collect_view();
    let rows = t
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(k, cell)| {
                    if k == 0 {
                        view! { <th scope="row">{cell}</th> }.into_any()
                    } else {
                        view! { <td class=class(k)>{cell}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let labelled_by = caption_id.clone();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=labelled_by>
            <table class="doc-table">
                <caption id=caption_id>{t.caption}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn block(b: Block, caption_id: String) -> AnyView {
    match b {
        Block::Paragraph(text) => paragraphs(text),
        Block::Facts(facts) => view! {
            <dl class="brief-facts doc-facts">
                {facts.into_iter().map(|(term, text)| view! { <div><dt>{term}</dt><dd>{text}</dd></div> }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::List(items) => view! {
            <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Table(t) => table(t, caption_id),
    }
}

fn heading(level: usize, id: String, text: String) -> AnyView {
    match level {
        2 => view! { <h2 id=id>{text}</h2> }.into_any(),
        3 => view! { <h3 id=id>{text}</h3> }.into_any(),
        _ => view! { <h4 id=id>{text}</h4> }.into_any(),
    }
}

/// The section's blocks with `extra` after them (the page's editor, when it has one).
pub fn render_with(section: Section, level: usize, extra: Option<AnyView>) -> AnyView {
    let heading_id = format!("{}-heading", section.id);
    let class = format!("doc-section {}", section.id);
    let id = section.id.clone();
    let blocks = section
        .blocks
        .into_iter()
        .enumerate()
        .map(|(k, b)| block(b, format!("{id}-caption-{k}")))
        .collect_view();
    let children = section
        .children
        .into_iter()
        .map(|c| render(c, level + 1))
        .collect_view();
    let labelled_by = heading_id.clone();
    view! {
        <section class=class aria-labelledby=labelled_by>
            {heading(level, heading_id, section.heading)}
            <div class="doc-text">{blocks}</div>
            {extra}
            {children}
        </section>
    }
    .into_any()
}

pub fn render(section: Section, level: usize) -> AnyView {
    render_with(section, level, None)
}
