//! Black-box tests of the HTTP service and the command line. One binary, one module per feature.
mod assignment;
mod assignment_pages;
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
mod mail;
mod oidc;
mod pages;
mod rating;
mod users;
