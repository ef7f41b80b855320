//! Stage rules that follow from the handlingsplan rather than from the walkthrough: an
//! initiative whose activity is done has reached follow-up (docs/domain.md §2.1, §2.8).

use crate::core::model::activity::ActivityStatus;
use crate::core::model::initiative::Stage;
use crate::core::Plan;

/// Sets an activity's status. When it becomes *Genomförd*, the initiative it came from reaches
/// the *uppföljning* stage (never moved back from a later one). False when no activity has the
/// id.
pub fn set_activity_status(plan: &mut Plan, activity_id: &str, status: ActivityStatus) -> bool {
    let Some(activity) = plan.activities.iter_mut().find(|a| a.id == activity_id) else {
        return false;
    };
    activity.status = status;
    let initiative_id = activity.initiative_id.clone();
    if status == ActivityStatus::Genomford {
        if let Some(initiative) = initiative_id.and_then(|id| plan.initiative_mut(&id)) {
            if initiative.stage < Stage::Uppfoljning {
                initiative.stage = Stage::Uppfoljning;
            }
        }
    }
    true
}
