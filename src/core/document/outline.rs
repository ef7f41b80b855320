//! The decision document as an outline of sections, paragraphs, lists and tables, already in
//! words: the UI builds it from [`super::DecisionDocument`] in the chosen language, the page
//! renders it and the Word export writes it, so both show the same headings and figures.

/// A table; every cell already formatted. The first cell of each row names the row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Per column: whether it holds figures (right-aligned).
    pub numeric: Vec<bool>,
}

impl Table {
    pub fn is_numeric(&self, column: usize) -> bool {
        self.numeric.get(column).copied().unwrap_or(false)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// A term and what it says, e.g. "Personuppgifter: …".
    Facts(Vec<(String, String)>),
    List(Vec<String>),
    Table(Table),
}

/// A heading with what follows it; `id` is stable (it names the section for links, styles and
/// tests), `level` 1 is the document's own sections.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub blocks: Vec<Block>,
    pub children: Vec<Section>,
}

impl Section {
    pub fn new(id: impl Into<String>, heading: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            heading: heading.into(),
            blocks: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn with(mut self, block: Block) -> Self {
        self.blocks.push(block);
        self
    }

    pub fn paragraph(self, text: impl Into<String>) -> Self {
        self.with(Block::Paragraph(text.into()))
    }

    pub fn child(mut self, section: Section) -> Self {
        self.children.push(section);
        self
    }

    /// Every heading in document order with its depth (1 for this section).
    pub fn headings(&self) -> Vec<(usize, &str)> {
        fn walk<'a>(s: &'a Section, depth: usize, out: &mut Vec<(usize, &'a str)>) {
            out.push((depth, s.heading.as_str()));
            for c in &s.children {
                walk(c, depth + 1, out);
            }
        }
        let mut out = Vec::new();
        walk(self, 1, &mut out);
        out
    }
}
