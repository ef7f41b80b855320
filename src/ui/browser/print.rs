//! The browser's print dialog, where the user prints or saves a page as PDF.

/// Opens the print dialog. A browser that refuses to print (e.g. in a sandboxed frame) leaves
/// the page as it is.
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
