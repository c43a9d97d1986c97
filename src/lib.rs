//! lcreview: the workflow engine for the expert review of learning cities' reports against the
//! UNESCO GNLC *Key Features of Learning Cities*.
//!
//! A tour, in the direction data flows (web → domain → store):
//! - [`cli`]: the command line (`serve`, `migrate`, `admin`).
//! - [`config`]: layered settings, checked at start.
//! - [`telemetry`]: the one tracing setup.
//! - [`startup`]: the shared state, framework loading, the server.
//! - [`domain`]: the product's rules in plain Rust (no web, no database).
//! - [`import`]: CSV imports of cities and users, all or nothing.
//! - [`mail`]: e-mail templates, reminders, and the outbox sender.
//! - [`store`]: database reads and transactional writes, with the audit log.
//! - [`web`]: HTTP: the JSON API, pages, extractors, errors.
//! - [`views`]: HTML (maud).
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod import;
pub mod mail;
pub mod startup;
pub mod store;
pub mod telemetry;
pub mod views;
pub mod web;
