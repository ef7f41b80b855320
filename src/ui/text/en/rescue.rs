//! The English texts for stored plans that could not be read, and for rescuing them.

use crate::core::format::FormatError;
use crate::ui::text::rescue::RescueTexts;

pub static RESCUE_EN: RescueTexts = RescueTexts {
    heading: "Plans that could not be read",
    intro: "These saved plans could not be read and have been left untouched. Download the raw data to rescue the text, for example to correct it and import it again, or remove the plan.",
    item: |key, error| format!("{key}: {}", reason(error)),
    download: "Download raw data",
    downloaded: |name| format!("The raw data was saved as {name}."),
    download_failed: "The file could not be saved. Try again, or allow downloads for the page.",
    remove: "Remove",
    confirm_label: |key| format!("Remove the unreadable plan {key}"),
    confirm_text: "The plan's text is removed from the browser. Download the raw data first if it is to be rescued.",
    confirm_remove: "Remove the plan",
    cancel: "Cancel",
    removed: "The unreadable plan was removed.",
    undo: "Undo",
    restored: "The unreadable plan was put back.",
    storage_failed: "The browser's storage did not answer; nothing was changed.",
    load_failed: "The browser's storage could not be read. No saved plans could be shown; nothing has been removed.",
    file_name: |id| format!("beredning-raw-data-{id}.json"),
};

fn reason(error: &FormatError) -> String {
    match error {
        FormatError::NotJson(_) => {
            "the text is not valid JSON; it may have been cut off".to_string()
        }
        FormatError::WrongFormat(_) => "the text is not a plan from Beredning".to_string(),
        FormatError::MissingVersion => "the plan's format version is missing".to_string(),
        FormatError::TooNew(v) => {
            format!(
                "the plan was saved by a newer version of Beredning (format {v}); open it there"
            )
        }
        FormatError::UnknownVersion(v) => format!("format version {v} is not known"),
        FormatError::Invalid(_) => "the plan does not match the file format".to_string(),
    }
}
