//! The texts of undo and redo.

pub struct UndoTexts {
    pub group: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub undone: fn(&str) -> String,
    pub redone: fn(&str) -> String,
    /// What the button would take back or do again.
    pub next: fn(String) -> String,
}

pub static UNDO_SV: UndoTexts = UndoTexts {
    group: "Ångra och gör om",
    undo: "Ångra",
    redo: "Gör om",
    undone: |what| format!("Ångrade: {what}"),
    redone: |what| format!("Gjorde om: {what}"),
    next: |what| format!("Ändring: {what}"),
};
