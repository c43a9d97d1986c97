//! Black-box tests of the service. Unwrapping is how a test says "this must hold".
#![allow(clippy::unwrap_used)]
//! Black-box tests of the HTTP service and the command line. One binary, one module per feature.
mod affinity;
mod assignment;
mod assignment_pages;
mod authz;
mod bad_input;
mod cities;
mod cli;
mod consensus;
mod cycle_pages;
mod cycles;
mod demo;
mod experts;
mod framework;
mod health;
mod helpers;
mod integrity;
mod languages;
mod layering;
mod loose_ends;
mod mail;
mod midflight;
mod monitoring;
mod notices;
mod oidc;
mod pages;
mod pages_ux;
mod rating;
mod request_cost;
mod security;
mod two_nodes;
mod users;
mod workspace;
