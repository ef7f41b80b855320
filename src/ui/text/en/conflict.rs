//! The English texts for a plan changed in two tabs at once.

use crate::ui::text::conflict::ConflictTexts;

pub static CONFLICT_EN: ConflictTexts = ConflictTexts {
    heading: "The plan was changed in another tab",
    explain: |name| {
        format!(
            "Both this tab and another tab have changed “{name}”. Nothing has been overwritten: choose which version is to apply. This tab's version is shown until you have chosen."
        )
    },
    keep_both: "Keep both (this tab's version as a copy)",
    keep_mine: "Overwrite with this tab's version",
    take_theirs: "Take the other tab's version",
    merge: "Merge the versions (choose for each initiative)",
    copy_name: |name| format!("{name} (version from another tab)"),
    kept_both: |copy| format!("Both versions are kept; this tab's version is now called “{copy}”."),
    kept_mine: "This tab's version was saved.",
    took_theirs: "The other tab's version is now shown.",
    undo: "Undo",
    undone: "This tab's version is back and was saved.",
    save_status: "Clash with another tab – choose a version",
};
