use std::process::ExitCode;

use clap::Parser;
use minutebook::cli::{Cli, run};

#[actix_web::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    minutebook::telemetry::init(cli.log_format);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line with the whole cause chain, no backtrace.
            eprintln!("minutebook: {e:#}");
            ExitCode::FAILURE
        }
    }
}
