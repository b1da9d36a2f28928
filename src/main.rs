use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use minutebook::cli::{Cli, run};

#[actix_web::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let _logs = minutebook::telemetry::init(cli.log_format);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line with the whole cause chain, no backtrace.
            // `let _`: a closed stderr must not turn a clean error into a panic.
            let _ = writeln!(std::io::stderr(), "minutebook: {e:#}");
            ExitCode::FAILURE
        }
    }
}
