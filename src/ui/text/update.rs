//! The texts of the notice that a new version of the app is ready (the service worker's update).

pub struct UpdateTexts {
    /// The button that saves and loads the new version.
    pub reload: &'static str,
    /// Said when the changes could not be saved, so the page was not reloaded.
    pub not_saved: &'static str,
}

pub const UPDATE_SV: UpdateTexts = UpdateTexts {
    reload: "En ny version finns – ladda om",
    not_saved: "Sidan laddades inte om: dina senaste ändringar kunde inte sparas. Exportera planen, eller försök igen när sparstatusen säger Sparat.",
};
