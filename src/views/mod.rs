//! HTML, with maud: the layout, shared components, and one module per feature. Views take plain
//! view data (domain values or view structs), never database entities. maud escapes every
//! interpolated string; nothing here uses `PreEscaped` on user text.
pub mod admin;
pub mod assignment;
pub mod audit;
pub mod auth;
pub mod charts;
pub mod consensus;
pub mod cycles;
pub mod experts;
pub mod framework;
pub mod home;
pub mod layout;
pub mod mail;
pub mod network;
pub mod profile;
pub mod reports;
pub mod reviews;
pub use crate::i18n::words;
