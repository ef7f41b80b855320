//! The texts of a printed document's page margins (style/print.css): the footer reads
//! "{page} N {of} M", with N and M the page counters the browser fills in.

pub struct PrintTexts {
    /// The word before the page's number.
    pub page: &'static str,
    /// The word between the page's number and the count of pages.
    pub of: &'static str,
}

pub static PRINT_SV: PrintTexts = PrintTexts {
    page: "sida",
    of: "av",
};
