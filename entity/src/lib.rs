//! sea-orm entities: the shape of each table, nothing more. Rules live in `lcreview::domain`,
//! reads and writes in `lcreview::store`.
pub mod api_token;
pub mod assignment_run;
pub mod audit_log;
pub mod bundle_expert;
pub mod city;
pub mod cycle;
pub mod cycle_city;
pub mod cycle_panel;
pub mod expert_conflict;
pub mod expert_profile;
pub mod framework_area;
pub mod framework_edition;
pub mod framework_feature;
pub mod framework_focus_area;
pub mod framework_measurement;
pub mod framework_scale_level;
pub mod oidc_login;
pub mod panel_measurement;
pub mod panel_member;
pub mod rating;
pub mod rating_version;
pub mod review_item;
pub mod session;
pub mod submission;
pub mod user;
pub mod user_identity;
