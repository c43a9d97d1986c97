use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = lcreview::cli::Cli::parse();
    match lcreview::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            // {:#} prints the whole chain of causes on one line: "cannot open the database: …".
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
