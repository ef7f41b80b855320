//! The English texts of undo and redo.

use crate::ui::text::undo::UndoTexts;

pub static UNDO_EN: UndoTexts = UndoTexts {
    group: "Undo and redo",
    undo: "Undo",
    redo: "Redo",
    undone: |what| format!("Undone: {what}"),
    redone: |what| format!("Redone: {what}"),
    next: |what| format!("Change: {what}"),
};
