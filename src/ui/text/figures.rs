//! Texts of the key figures and their formulas ("Hur räknas detta?").

pub struct FigureTexts {
    pub title: &'static str,
}

pub const FIGURES_SV: FigureTexts = FigureTexts { title: "Nyckeltal" };
