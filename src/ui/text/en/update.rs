//! The English texts of the notice that a new version of the app is ready.

use crate::ui::text::update::UpdateTexts;

pub const UPDATE_EN: UpdateTexts = UpdateTexts {
    reload: "A new version is available – reload",
    not_saved: "The page was not reloaded: your latest changes could not be saved. Export the plan, or try again when the save status says Saved.",
};
