//! What tabs of one browser tell each other about their writes: a small message per written
//! plan (its id and the revision written, or that it was deleted), sent on a `BroadcastChannel`
//! so other tabs reload at once; and the name of the lock a tab holds while it compares and
//! writes one plan. Plain text, so it is tested natively; sending it is `ui::browser::tabs`.

/// The channel every tab of the app listens on.
pub const CHANNEL: &str = "beredning.tabs";

/// The Web Lock held while one plan's revision is read, compared and written, so that two tabs
/// saving in the same millisecond cannot both pass the check.
pub fn save_lock_name(id: &str) -> String {
    format!("beredning-save-{id}")
}

/// One tab's write, as the other tabs hear of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TabMessage {
    /// The plan was written at this revision.
    Saved { id: String, revision: u64 },
    /// The plan was deleted.
    Deleted { id: String },
}

impl TabMessage {
    /// `saved <revision> <id>` or `deleted <id>`: the id comes last, so any id survives.
    pub fn encode(&self) -> String {
        match self {
            Self::Saved { id, revision } => format!("saved {revision} {id}"),
            Self::Deleted { id } => format!("deleted {id}"),
        }
    }

    /// Reads a message; anything else on the channel (an older or newer app) is `None`.
    pub fn decode(text: &str) -> Option<Self> {
        if let Some(rest) = text.strip_prefix("saved ") {
            let (revision, id) = rest.split_once(' ')?;
            let revision = revision.parse().ok()?;
            return (!id.is_empty()).then(|| Self::Saved {
                id: id.to_string(),
                revision,
            });
        }
        let id = text.strip_prefix("deleted ")?;
        (!id.is_empty()).then(|| Self::Deleted { id: id.to_string() })
    }
}
