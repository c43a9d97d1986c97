//! The domain: plain Rust, no web framework, no database, no I/O. Every rule of the product lives in
//! exactly one module here, named after it, with its tests beside it.
pub mod agreement;
pub mod assignment;
pub mod city;
pub mod conflicts;
pub mod consensus;
pub mod cycle;
pub mod discussion;
pub mod expert;
pub mod figures;
pub mod framework;
pub mod framework_text;
pub mod guidance;
pub mod item;
pub mod panels;
pub mod rating;
pub mod report;
pub mod score;
pub mod text;
pub mod token;
pub mod user;
pub mod visibility;
