//! A joint initiative (*samverkansinitiativ*): the organisations that take part and the split
//! key (*fördelningsnyckel*) that divides its costs and benefits between them
//! (docs/domain.md §7). The split itself is computed in `portfolio::split`.

use serde::{Deserialize, Serialize};

/// How a joint initiative's figures are divided between the organisations taking part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SplitKey {
    /// Every organisation the same share.
    #[default]
    Equal,
    /// In proportion to each organisation's population (*invånare*).
    PerInhabitant,
    /// In proportion to each organisation's users or licences.
    PerUser,
    /// Agreed percentages, which must add up to 100.
    OwnPercent,
}

impl SplitKey {
    pub const ALL: [SplitKey; 4] = [
        SplitKey::Equal,
        SplitKey::PerInhabitant,
        SplitKey::PerUser,
        SplitKey::OwnPercent,
    ];
}

/// One organisation of a joint initiative with the figure each key reads. Figures a key does
/// not use may stay empty; the population carries its source and year like every parameter
/// (docs/domain.md §5.1), because two municipalities must agree on the same statistics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Member {
    pub name: String,
    /// Inhabitants, for [`SplitKey::PerInhabitant`].
    pub population: Option<f64>,
    /// Where the population comes from, e.g. "SCB, folkmängd 31 december".
    pub population_source: String,
    /// The year the population refers to.
    pub population_year: Option<i32>,
    /// Users or licences, for [`SplitKey::PerUser`].
    pub users: Option<f64>,
    /// The agreed share in percent, for [`SplitKey::OwnPercent`].
    pub percent: Option<f64>,
}

impl Member {
    pub fn named(name: &str) -> Self {
        Self {
            name: name.to_string(),
            ..Self::default()
        }
    }
}

/// What makes an initiative joint: its members and the key. Absent on an initiative of one
/// organisation, so plans without joint work are written exactly as before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Joint {
    pub key: SplitKey,
    pub members: Vec<Member>,
}

/// Where an initiative that holds one organisation's share came from: the joint initiative's
/// plan and id, and the member whose share it is. Kept so that the two can be found again; the
/// joint plan may live in another browser, so the link may point nowhere here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct JointLink {
    pub plan_id: String,
    pub initiative_id: String,
    pub member: String,
    /// The member's share in percent when it was taken in, so the user can see what it was
    /// based on if the joint initiative changes later.
    pub share_percent: f64,
}
