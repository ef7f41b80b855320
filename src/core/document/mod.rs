//! The decision document (beslutsunderlag in the form of a tjänsteskrivelse, docs/domain.md
//! §2.9): the user's choices kept with the plan (`settings`), the document computed from the
//! plan (`model`, with each initiative's `consequences`), the neutral outline of headings,
//! paragraphs and tables the UI words (`outline`), and that outline as a file Word opens
//! (`word`).

pub mod consequences;
pub mod model;
pub mod outline;
pub mod settings;
pub mod word;

pub use consequences::{risk_lines, AreaLine, Consequences, RiskLine};
pub use model::{
    chosen, decision_document, proposed_ids, rank_runs, CriterionLine, DecisionDocument, GoalLine,
    ProposedInitiative, Totals, YearEconomics,
};
pub use outline::{Block, Section, Table};
pub use settings::{parse_line, DocumentSettings, ProposedSet};
pub use word::{word_file_name, word_html};
