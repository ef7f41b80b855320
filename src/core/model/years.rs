//! An initiative's years as the user types them: the calendar year that is its year 0, and the
//! first and last year of its running cost. A refused year changes nothing, so the last valid
//! value stays (docs/domain.md §5.5).

use super::plan::{parse_year, Plan};
use crate::core::calc::cashflow::MAX_HORIZON_YEARS;
use crate::core::calc::numparse::{parse_whole, NumberError};

/// Why a typed year was refused. The UI words each case for its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum YearError {
    #[error("not a whole year")]
    NotAYear,
    /// A start year outside the plan's period: an initiative is prepared for the plan it is in.
    #[error("the start year is outside the plan's period {first}–{last}")]
    OutsidePeriod { first: i32, last: i32 },
    /// A running-cost year past the horizon would never be counted.
    #[error("the year is outside the horizon 0–{horizon}")]
    OutsideHorizon { horizon: u32 },
    #[error("the first year is after the last year {last}")]
    FirstAfterLast { last: u32 },
    #[error("the last year is before the first year {first}")]
    LastBeforeFirst { first: u32 },
    /// The initiative was removed meanwhile (e.g. in another tab).
    #[error("the initiative is gone")]
    Gone,
}

/// Which end of the running cost's years is being set.
#[derive(Clone, Copy)]
enum RunningEnd {
    First,
    Last,
}

impl Plan {
    /// The horizon as calculated: the plan's, capped like the cash flow's.
    fn horizon(&self) -> u32 {
        self.params.horizon_years.value.min(MAX_HORIZON_YEARS)
    }

    /// Sets the calendar year that is the initiative's year 0. It must lie within the plan's
    /// period: a year before it would put costs in years the plan does not cover.
    pub fn set_start_year(&mut self, id: &str, text: &str, now: &str) -> Result<i32, YearError> {
        let year = parse_year(text).map_err(|_| YearError::NotAYear)?;
        let (first, last) = (self.period.start_year, self.period.end_year);
        if !(first..=last).contains(&year) {
            return Err(YearError::OutsidePeriod { first, last });
        }
        let initiative = self.initiative_mut(id).ok_or(YearError::Gone)?;
        initiative.start_year = year;
        initiative.modified = now.to_string();
        Ok(year)
    }

    /// Sets the first year (0 = the start year) the running cost is paid: within the horizon
    /// and not after its last year.
    pub fn set_running_first_year(
        &mut self,
        id: &str,
        text: &str,
        now: &str,
    ) -> Result<u32, YearError> {
        self.set_running_year(id, text, now, RunningEnd::First)
    }

    /// Sets the last year the running cost is paid: within the horizon and not before its
    /// first year.
    pub fn set_running_last_year(
        &mut self,
        id: &str,
        text: &str,
        now: &str,
    ) -> Result<u32, YearError> {
        self.set_running_year(id, text, now, RunningEnd::Last)
    }

    fn set_running_year(
        &mut self,
        id: &str,
        text: &str,
        now: &str,
        end: RunningEnd,
    ) -> Result<u32, YearError> {
        let year = self.parse_horizon_year(text)?;
        let initiative = self.initiative_mut(id).ok_or(YearError::Gone)?;
        let costs = &mut initiative.analysis.costs;
        let (first, last) = (costs.running_first_year, costs.running_last_year);
        match end {
            RunningEnd::First if year > last => return Err(YearError::FirstAfterLast { last }),
            RunningEnd::Last if year < first => return Err(YearError::LastBeforeFirst { first }),
            RunningEnd::First => costs.running_first_year = year,
            RunningEnd::Last => costs.running_last_year = year,
        }
        initiative.modified = now.to_string();
        Ok(year)
    }

    fn parse_horizon_year(&self, text: &str) -> Result<u32, YearError> {
        let horizon = self.horizon();
        parse_whole(text, 0, horizon).map_err(|e| match e {
            NumberError::OutOfRange { .. } | NumberError::Negative => {
                YearError::OutsideHorizon { horizon }
            }
            _ => YearError::NotAYear,
        })
    }
}
