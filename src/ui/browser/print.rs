//! The browser's print dialog, where the user prints or saves a page as PDF, and the marks a
//! printed document's page margins carry.

/// Opens the print dialog. A browser that refuses to print (e.g. in a sandboxed frame) leaves
/// the page as it is.
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// What every printed page of a document shows in its margins: the plan's name, the
/// organisation, the date, and the words around the page counter.
pub struct PageMarks<'a> {
    pub title: &'a str,
    pub organisation: &'a str,
    pub date: &'a str,
    pub page: &'a str,
    pub of: &'a str,
}

/// The root element's attributes style/print.css reads with `attr()` in its page margin boxes.
/// Attributes rather than custom properties: `attr()` takes any text as it is, where a custom
/// property would need the plan's name quoted and escaped for CSS. A margin box cannot read the
/// document's own elements (`string-set` is not supported in Chromium), only the root element.
const MARKS: [&str; 5] = [
    "data-print-title",
    "data-print-org",
    "data-print-date",
    "data-print-page",
    "data-print-of",
];

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Marks the page as a printed document: its printed pages carry `marks` in their margins.
pub fn mark_pages(marks: &PageMarks) {
    if let Some(root) = root() {
        let values = [
            marks.title,
            marks.organisation,
            marks.date,
            marks.page,
            marks.of,
        ];
        for (name, value) in MARKS.into_iter().zip(values) {
            let _ = root.set_attribute(name, value);
        }
    }
}

/// Takes the marks away: a page that is not a document prints without them.
pub fn unmark_pages() {
    if let Some(root) = root() {
        for name in MARKS {
            let _ = root.remove_attribute(name);
        }
    }
}
