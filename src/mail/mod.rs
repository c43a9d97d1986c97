//! E-mail: the messages lcreview sends (templates), the reminder schedule, and the worker that sends
//! the outbox over SMTP. What goes to a person names only what concerns that person: an expert's
//! notice lists their own cities and panels, never their co-reviewers.
pub mod templates;
pub mod worker;
