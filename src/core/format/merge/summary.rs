//! What a merge did, counted: for the summary the user reads and the undo notice.

/// Counts of what a merge did, for the summary and the undo notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeSummary {
    pub added: usize,
    pub replaced: usize,
    pub kept: usize,
    pub duplicated: usize,
    /// Initiatives equal on both sides, left as they were.
    pub identical: usize,
    /// Goals copied from theirs' framework because an incoming initiative or activity links to them.
    pub goals_added: usize,
    /// Goal links dropped because the goal exists in neither plan.
    pub links_dropped: usize,
    /// Handlingsplan activities that came with incoming initiatives.
    pub activities_added: usize,
    /// Activities of mine replaced by theirs' version because the user took theirs' initiative.
    pub activities_replaced: usize,
}
