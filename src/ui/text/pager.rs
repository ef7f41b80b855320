//! What a pager's status line can name, so that each view words it in its own text while the
//! pager computes the figures once.

/// The figures of one page, all counted from 1 as the user reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageSpan {
    /// The page shown.
    pub page: usize,
    /// How many pages there are.
    pub pages: usize,
    /// The positions of the first and the last item shown.
    pub from: usize,
    pub to: usize,
    /// How many items there are.
    pub total: usize,
}
