//! The texts for stored plans that could not be read, and for rescuing them.

use crate::core::format::FormatError;

pub struct RescueTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// "beredning.plan.x: the reason"
    pub item: fn(&str, &FormatError) -> String,
    pub download: &'static str,
    pub downloaded: fn(&str) -> String,
    pub download_failed: &'static str,
    pub remove: &'static str,
    pub confirm_label: fn(&str) -> String,
    pub confirm_text: &'static str,
    pub confirm_remove: &'static str,
    pub cancel: &'static str,
    pub removed: &'static str,
    pub undo: &'static str,
    pub restored: &'static str,
    pub storage_failed: &'static str,
    pub load_failed: &'static str,
    /// The file name for a rescued text, from the stored key's id.
    pub file_name: fn(&str) -> String,
}

pub static RESCUE_SV: RescueTexts = RescueTexts {
    heading: "Planer som inte kunde läsas",
    intro: "De här sparade planerna kunde inte läsas och har lämnats orörda. Ladda ner rådata för att rädda texten, till exempel för att rätta den och importera den igen, eller ta bort planen.",
    item: |key, error| format!("{key}: {}", reason(error)),
    download: "Ladda ner rådata",
    downloaded: |name| format!("Rådata sparades som {name}."),
    download_failed: "Filen kunde inte sparas. Försök igen, eller tillåt nedladdningar för sidan.",
    remove: "Ta bort",
    confirm_label: |key| format!("Ta bort den oläsbara planen {key}"),
    confirm_text: "Planens text tas bort ur webbläsaren. Ladda ner rådata först om den ska kunna räddas.",
    confirm_remove: "Ta bort planen",
    cancel: "Avbryt",
    removed: "Den oläsbara planen togs bort.",
    undo: "Ångra",
    restored: "Den oläsbara planen lades tillbaka.",
    storage_failed: "Webbläsarens lagring svarade inte; inget ändrades.",
    load_failed: "Webbläsarens lagring kunde inte läsas. Inga sparade planer kunde visas; inget har tagits bort.",
    file_name: |id| format!("beredning-radata-{id}.json"),
};

fn reason(error: &FormatError) -> String {
    match error {
        FormatError::NotJson(_) => "texten är inte giltig JSON, den kan vara avklippt".to_string(),
        FormatError::WrongFormat(_) => "texten är inte en plan från Beredning".to_string(),
        FormatError::MissingVersion => "planens formatversion saknas".to_string(),
        FormatError::TooNew(v) => {
            format!("planen är sparad av en nyare version av Beredning (format {v}); öppna den där")
        }
        FormatError::UnknownVersion(v) => format!("formatversion {v} är okänd"),
        FormatError::Invalid(_) => "planen stämmer inte med filformatet".to_string(),
    }
}
