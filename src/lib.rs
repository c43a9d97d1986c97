//! lcreview: the workflow engine for the expert review of learning cities' reports against the
//! UNESCO GNLC *Key Features of Learning Cities*.
//!
//! A tour, in the direction data flows (web → app → domain and store → entity):
//! - [`cli`]: the command line (`serve`, `migrate`, `admin`, `import`, `demo`).
//! - [`config`]: layered settings, checked at start.
//! - [`telemetry`]: the one tracing setup.
//! - [`startup`]: framework loading, the server, the background worker.
//! - [`web`]: HTTP: the JSON API and the pages, extractors, errors. Parses, calls [`app`], renders.
//! - [`worker`]: what runs in the background on every node (reminders, sending e-mail).
//! - [`app`]: one function per use case: decides access, runs one transaction, queues e-mails.
//! - [`domain`]: the product's rules in plain Rust (no web, no database).
//! - [`read`]: read models, what pages and answers show; [`format`]: dates and instants.
//! - [`store`]: database reads and writes, with the audit log; never reaches up.
//! - [`views`]: HTML (maud), from read models; [`mail`]: e-mail templates and sending.
//! - [`demo`]: a believable network, built through the use cases.
pub mod app;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod export;
pub mod format;
pub mod i18n;
pub mod mail;
pub mod read;
pub mod startup;
pub mod store;
pub mod telemetry;
pub mod views;
pub mod web;
pub mod worker;
