//! The English texts of a printed document's page margins.

use crate::ui::text::print::PrintTexts;

pub static PRINT_EN: PrintTexts = PrintTexts {
    page: "page",
    of: "of",
};
