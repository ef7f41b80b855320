//! The decision document as an HTML file Word opens as a document (docs/domain.md §2.9): the
//! Word HTML namespaces, an A4 page with margins, headings as Word's own heading styles
//! (h1–h4) and tables with borders, so the strategist can edit it before it goes to the forum.
//! Written as well-formed XHTML, so a test can read it back with an XML parser.

use super::outline::{Block, Section, Table};

/// Escapes text for element content and attribute values.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML does not allow (controls other than tab and line breaks).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
}

fn element(tag: &str, class: Option<&str>, text: &str, out: &mut String) {
    out.push('<');
    out.push_str(tag);
    if let Some(class) = class {
        out.push_str(" class=\"");
        escape(class, out);
        out.push('"');
    }
    out.push('>');
    escape(text, out);
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">\n");
}

/// A text as paragraphs: one per line break the user typed.
fn paragraphs(text: &str, out: &mut String) {
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        element("p", None, line.trim(), out);
    }
}

fn table(t: &Table, out: &mut String) {
    out.push_str("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    if !t.caption.is_empty() {
        element("caption", None, &t.caption, out);
    }
    out.push_str("<thead><tr>");
    for (i, h) in t.head.iter().enumerate() {
        let class = t.is_numeric(i).then_some("num");
        out.push_str("<th");
        if let Some(class) = class {
            out.push_str(" class=\"");
            out.push_str(class);
            out.push('"');
        }
        out.push('>');
        escape(h, out);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let tag = if i == 0 { "th" } else { "td" };
            out.push('<');
            out.push_str(tag);
            if t.is_numeric(i) {
                out.push_str(" class=\"num\"");
            }
            out.push('>');
            escape(cell, out);
            out.push_str("</");
            out.push_str(tag);
            out.push('>');
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

fn block(b: &Block, out: &mut String) {
    match b {
        Block::Paragraph(text) => paragraphs(text, out),
        Block::Facts(facts) => {
            for (term, text) in facts {
                out.push_str("<p><b>");
                escape(term, out);
                out.push_str(":</b> ");
                escape(text, out);
                out.push_str("</p>\n");
            }
        }
        Block::List(items) => {
            out.push_str("<ul>\n");
            for item in items {
                element("li", None, item, out);
            }
            out.push_str("</ul>\n");
        }
        Block::Table(t) => table(t, out),
    }
}

fn section(s: &Section, depth: usize, out: &mut String) {
    let tag = format!("h{}", depth.clamp(1, 4));
    element(&tag, None, &s.heading, out);
    for b in &s.blocks {
        block(b, out);
    }
    for c in &s.children {
        section(c, depth + 1, out);
    }
}

const STYLE: &str =
    "@page WordSection1 { size: 595.3pt 841.9pt; margin: 56.7pt 56.7pt 56.7pt 70.9pt; }
div.WordSection1 { page: WordSection1; }
body { font-family: Calibri, Arial, sans-serif; font-size: 11pt; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 12pt; } h4 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
.num { text-align: right; }
caption { text-align: left; font-weight: bold; }
.meta { color: #444444; }";

/// The whole file: `title` is the document's heading, `meta` the line under it (organisation,
/// date), `lang` the BCP 47 code of the language it is written in.
pub fn word_html(title: &str, meta: &str, lang: &str, sections: &[Section]) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" lang=\"");
    escape(lang, &mut out);
    out.push_str("\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/>\n<meta name=\"ProgId\" content=\"Word.Document\"/>\n");
    element("title", None, title, &mut out);
    out.push_str("<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->\n<style>\n");
    out.push_str(STYLE);
    out.push_str("\n</style>\n</head>\n<body>\n<div class=\"WordSection1\">\n");
    element("h1", None, title, &mut out);
    if !meta.is_empty() {
        element("p", Some("meta"), meta, &mut out);
    }
    for s in sections {
        section(s, 2, &mut out);
    }
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// "Plan name 2026-12-04.doc", without the characters file systems refuse.
pub fn word_file_name(plan_name: &str, date: &str) -> String {
    let name: String = plan_name
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    let name = name.trim().trim_matches('.');
    let name = if name.is_empty() {
        "beslutsunderlag"
    } else {
        name
    };
    format!("{name} {date}.doc")
}
