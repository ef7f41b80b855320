//! Texts of the plan view "Matris".

pub struct MatrixTexts {
    pub intro: &'static str,
}

pub const MATRIX_SV: MatrixTexts = MatrixTexts { intro: "" };
